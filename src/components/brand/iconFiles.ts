// The icon files at the root of app/, which Next links from every page (site and admin).
// `npm run brand:icons` writes them; the manifest and the admin's metadata list them.
export const ICON_FILES = {
  /** The mark for browsers that take SVG; it follows the system's light or dark theme. */
  svg: 'icon.svg',
  /** The classic favicon, for browsers and tools that only ask for /favicon.ico. */
  favicon: { file: 'favicon.ico', sizes: [16, 32, 48] },
  /** The home-screen icon on Apple devices, which round its corners themselves. */
  apple: { file: 'apple-icon.png', size: 180 },
  /** The installed app's icons. Next's file convention numbers extra icons: icon1, icon2. */
  app: [
    { file: 'icon1.png', size: 192 },
    { file: 'icon2.png', size: 512 },
  ],
} as const
