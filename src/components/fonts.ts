import localFont from 'next/font/local'

// Self-hosted from npm packages: next/font/google would need the internet at build time.
// `optional`: the fonts are preloaded and used when they arrive in time for the first paint;
// otherwise the page keeps its fallback (sized like the font) and the next page has them.
// Swapping later would move the text under the reader (layout shift).
export const sans = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-sans',
  display: 'optional',
})

export const serif = localFont({
  src: '../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  variable: '--font-serif',
  display: 'optional',
  adjustFontFallback: 'Times New Roman',
})
