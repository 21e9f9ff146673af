import localFont from 'next/font/local'

// Self-hosted from npm packages: next/font/google would need the internet at build time.
export const sans = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-sans',
  display: 'swap',
})

export const serif = localFont({
  src: '../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  variable: '--font-serif',
  display: 'swap',
  // A fallback sized like the font, so the text does not move when it arrives.
  adjustFontFallback: 'Times New Roman',
})
