// One Lighthouse run with its default mobile settings (simulated throttling) in a fresh headless Chromium.
import { launch } from 'chrome-launcher'
import lighthouse, { type Result } from 'lighthouse'
import { CHROMIUM_FLAGS, LIGHTHOUSE_CHROMIUM_PATH } from '../support/chromium'
import { CATEGORY_IDS } from './targets'

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS]

/** The Lighthouse report on `url`; throws when Lighthouse could not audit the page at all. */
export async function runLighthouse(url: string): Promise<Result> {
  const chrome = await launch({ chromePath: LIGHTHOUSE_CHROMIUM_PATH, chromeFlags: CHROME_FLAGS })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: [...CATEGORY_IDS],
      logLevel: 'error',
    })
    if (!result) throw new Error(`Lighthouse returned no result for ${url}.`)
    const { runtimeError } = result.lhr
    if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.message}`)
    return result.lhr
  } finally {
    chrome.kill()
  }
}
