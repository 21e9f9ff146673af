// The Chromium builds the browser tests and the Lighthouse audit drive, and the flags they need on
// a server (no sandbox as root, no GPU, no background traffic).

/**
 * The browser tests run in Chromium's headless shell (Debian: chromium-headless-shell), the
 * build Playwright itself uses for headless tests: the same engine without the desktop browser
 * around it. It costs the suite about two fifths less CPU than the full browser in headless mode.
 */
export const TEST_CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell'

/** Lighthouse scores what a reader's browser does, so it audits in the full Chromium. */
export const LIGHTHOUSE_CHROMIUM_PATH = process.env.LIGHTHOUSE_CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
