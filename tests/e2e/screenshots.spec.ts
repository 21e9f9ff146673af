// Saves pictures of the main pages for people to look at (tests/e2e/screenshots/), in the
// light theme and, switched as the reader's toggle does, the dark one.
import { expect, test } from '@playwright/test'

const pages = { home: '/', index: '/concepts', concept: '/concepts/foundation-model', search: '/search?q=attention' }
const viewports = { desktop: { width: 1280, height: 900 }, mobile: { width: 375, height: 800 } }

for (const [device, viewport] of Object.entries(viewports)) {
  test.describe(device, () => {
    test.use({ viewport, colorScheme: 'light' })
    for (const [name, path] of Object.entries(pages)) {
      test(`${name} page renders without horizontal scrolling in both themes`, async ({ page }) => {
        await page.goto(path)
        await expect(page.locator('h1')).toBeVisible()
        for (const theme of ['light', 'dark'] as const) {
          await page.evaluate((chosen) => (document.documentElement.dataset.theme = chosen), theme)
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
          expect(overflow, theme).toBeLessThanOrEqual(0)
          await page.screenshot({ path: `tests/e2e/screenshots/${name}-${device}-${theme}.png`, fullPage: true })
        }
      })
    }
  })
}
