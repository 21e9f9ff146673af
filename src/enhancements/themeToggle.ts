// The header's theme button. Which way it switches (its glyph and its name) is decided by CSS
// from the theme the head script set, so it is right from the first paint; this only switches.
import { THEME_STORAGE_KEY } from '@/components/themeScript'

export function enhanceThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.theme-toggle')) {
    button.addEventListener('click', () => {
      const root = document.documentElement
      const next = root.dataset.theme === 'dark' ? 'light' : 'dark'
      root.dataset.theme = next
      localStorage.setItem(THEME_STORAGE_KEY, next)
    })
  }
}
