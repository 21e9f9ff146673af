// Saves pictures of the main pages for people to look at (tests/e2e/screenshots/).
import { expect, test } from '@playwright/test'

const pages = { home: '/', index: '/concepts', concept: '/concepts/foundation-model' }
const viewports = { desktop: { width: 1280, height: 900 }, mobile: { width: 375, height: 800 } }

for (const [device, viewport] of Object.entries(viewports)) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${device}, ${theme}`, () => {
      test.use({ viewport, colorScheme: theme })
      for (const [name, path] of Object.entries(pages)) {
        test(`${name} page renders without horizontal scrolling`, async ({ page }) => {
          await page.goto(path)
          await expect(page.locator('h1')).toBeVisible()
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
          expect(overflow).toBeLessThanOrEqual(0)
          await page.screenshot({ path: `tests/e2e/screenshots/${name}-${device}-${theme}.png`, fullPage: true })
        })
      }
    })
  }
}
