// The concept page as a reader meets it on a wide screen: the question it answers, the table
// of contents beside the text, the reading-progress bar, and a page that never jumps.
import { expect, test, type Page } from '@playwright/test'

test.use({ viewport: { width: 1280, height: 900 } })

const CONCEPT = '/concepts/foundation-model'

/**
 * Layout shifts not caused by the reader, summed as Chrome's CLS counts them, while the page
 * loads and scrolls, as a reader's next page: with the fonts in the browser's cache. On a very
 * first visit `font-display: optional` can still race the first layout: a font that lands within
 * its 100 ms block period is used and moves the header's text (seen about once in five cold
 * loads here), which no page change of ours can cause or cure.
 */
async function layoutShiftWhileReading(page: Page, path: string): Promise<number> {
  await page.goto(path)
  await page.evaluate(() => document.fonts.ready)
  await page.addInitScript(() => {
    const shifts: number[] = []
    Object.assign(window, { layoutShifts: shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value)
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto(path)
  await page.evaluate(async () => {
    await document.fonts.ready
    for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y)
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)))
    }
  })
  return page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((a, b) => a + b, 0))
}

test('the explanation asks its question in plain English, article and all', async ({ page }) => {
  await page.goto(CONCEPT)
  await expect(page.getByRole('heading', { level: 2, name: 'What is a foundation model?' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Key traits of a foundation model' })).toBeVisible()
  await page.goto('/concepts/embeddings')
  await expect(page.getByRole('heading', { level: 2, name: 'What are embeddings?' })).toBeVisible()
})

test('the table of contents stays beside the text and marks the section being read', async ({ page }) => {
  await page.goto(CONCEPT)
  const contents = page.getByRole('navigation', { name: 'On this page' })
  const pitfalls = contents.getByRole('link', { name: 'Common pitfalls' })
  await page.getByRole('heading', { level: 2, name: 'Common pitfalls' }).scrollIntoViewIfNeeded()
  await page.mouse.wheel(0, 200)
  await expect(pitfalls).toHaveAttribute('aria-current', 'location')
  await expect(contents.locator('[aria-current]')).toHaveCount(1)
  await expect(contents).toBeInViewport()

  const text = await page.locator('.concept-content').boundingBox()
  const aside = await contents.boundingBox()
  expect(aside!.x).toBeGreaterThanOrEqual(text!.x + text!.width)
})

test('a bar along the top shows how far the reader is, unless they asked for less motion', async ({ page }) => {
  await page.goto(CONCEPT)
  const bar = page.locator('.reading-progress')
  const width = () => bar.evaluate((element) => element.getBoundingClientRect().width)
  expect(await width()).toBe(0)
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2))
  await expect.poll(width).toBeGreaterThan(400)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await expect(bar).toBeHidden()
})

for (const path of ['/', CONCEPT]) {
  test(`${path} does not shift while it loads and the reader scrolls`, async ({ page }) => {
    expect(await layoutShiftWhileReading(page, path)).toBe(0)
  })
}
