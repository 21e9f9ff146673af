/**
 * The home page's picture: three layers of ground, each narrower than the one below, with
 * ideas (dots) linked from the foundations up — how Groundwork's concepts build on each other.
 * Decorative; drawn in the theme's colours.
 */
export function HeroIllustration() {
  return (
    <svg className="hero-illustration" viewBox="0 0 360 300" aria-hidden="true" focusable="false">
      <rect x="20" y="220" width="320" height="56" rx="14" className="layer layer-base" />
      <rect x="60" y="150" width="240" height="56" rx="14" className="layer layer-middle" />
      <rect x="100" y="80" width="160" height="56" rx="14" className="layer layer-top" />
      <path
        d="M80 248 L140 178 L180 108 M180 248 L140 178 M180 248 L220 178 L180 108 M280 248 L220 178 M220 178 L180 40"
        className="links"
      />
      <circle cx="180" cy="40" r="14" className="idea idea-peak" />
      {[
        [80, 248],
        [180, 248],
        [280, 248],
        [140, 178],
        [220, 178],
        [180, 108],
      ].map(([cx, cy]) => (
        <circle key={`${cx}-${cy}`} cx={cx} cy={cy} r="9" className="idea" />
      ))}
    </svg>
  )
}
