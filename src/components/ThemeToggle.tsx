// Switches between light and dark (src/enhancements/themeToggle.ts); the choice is kept in
// localStorage. The head script sets the theme before the first paint, and CSS shows the half
// of the button that switches away from it, so glyph and name are right from the start; the
// button itself shows once its script has made it work.
export function ThemeToggle() {
  return (
    // Its script marks it ready, maybe before React hydrates it where React runs (development, previews).
    <button type="button" className="theme-toggle" suppressHydrationWarning>
      <span className="theme-toggle-to-dark">
        <span aria-hidden="true">☾</span>
        <span className="visually-hidden">Switch to dark theme</span>
      </span>
      <span className="theme-toggle-to-light">
        <span aria-hidden="true">☀</span>
        <span className="visually-hidden">Switch to light theme</span>
      </span>
    </button>
  )
}
