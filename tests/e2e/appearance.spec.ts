// The look, held in place: pictures of the main pages and the review queue at desktop and
// phone widths, in the light theme and in the dark one (switched as the reader's toggle does),
// compared with the approved ones committed in appearance-snapshots/. A change that breaks the
// look fails here; after an intended change, look at the new pictures and approve them with
// `npx playwright test appearance --update-snapshots`.
// The file's name makes it run early, before the specs that publish content (files run in
// name order), so the pages hold exactly the demo content.
import { expect, test, type Page } from '@playwright/test'
import { logIn } from './adminHelpers'

const pages = {
  home: '/',
  index: '/concepts',
  concept: '/concepts/foundation-model',
  category: '/categories/foundations',
  'use-case': '/use-cases/klarna-ai-assistant',
  'not-found': '/concepts/no-such-concept',
}
const viewports = { desktop: { width: 1280, height: 900 }, mobile: { width: 375, height: 800 } }
const THEMES = ['light', 'dark'] as const
/** Hides what changes by date alone (dates, the concept of the week) without moving anything. */
const stylePath = 'tests/e2e/appearance.stable.css'

/**
 * Opens the page with its webfonts in the browser's cache. The fonts are `display: optional`:
 * a font that misses the first paint is left out until the next page, as a reader would see.
 */
async function openWithFonts(page: Page, path: string) {
  await page.goto(path)
  await page.evaluate(async () => {
    await document.fonts.ready
  })
  await page.reload()
  await page.evaluate(async () => {
    await document.fonts.ready
  })
}

for (const [device, viewport] of Object.entries(viewports)) {
  test.describe(device, () => {
    test.use({ viewport, colorScheme: 'light' })

    for (const [name, path] of Object.entries(pages)) {
      test(`the ${name} page looks as approved in both themes, without sideways scrolling`, async ({ page }) => {
        await openWithFonts(page, path)
        await expect(page.locator('h1')).toBeVisible()
        // The theme button shows once its script runs, which a page React draws takes a moment to load.
        await expect(page.locator('.theme-toggle')).toBeVisible()
        for (const theme of THEMES) {
          await page.evaluate((chosen) => (document.documentElement.dataset.theme = chosen), theme)
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
          expect(overflow, theme).toBeLessThanOrEqual(0)
          await expect(page).toHaveScreenshot(`${name}-${device}-${theme}.png`, { fullPage: true, stylePath })
        }
      })
    }

    test('the review queue looks as approved in both themes', async ({ page }) => {
      await logIn(page, 'reviewer')
      await openWithFonts(page, '/admin/review-queue')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      for (const theme of THEMES) {
        // Payload's admin themes itself by the same attribute the site uses.
        await page.evaluate((chosen) => (document.documentElement.dataset.theme = chosen), theme)
        await expect(page).toHaveScreenshot(`review-queue-${device}-${theme}.png`, { fullPage: true, stylePath })
      }
    })
  })
}
