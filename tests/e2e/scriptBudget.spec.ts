// Reader pages run no framework: everything on them renders on the server, and the only script
// they load is ours: one small module for the theme button, the table of contents, the preview
// cards and the search box, and the instant results once the search box is first used.
import { gzipSync } from 'node:zlib'
import { expect, test, type Page } from '@playwright/test'

const READER_PAGES = [
  '/',
  '/concepts',
  '/concepts/foundation-model',
  '/categories/foundations',
  '/use-cases/klarna-ai-assistant',
  '/search?q=attention',
  '/about',
  '/no-such-page',
]
/** Everything a concept page runs on load, gzipped: the module and the inline theme script. */
const ON_LOAD_BUDGET_BYTES = 3 * 1024
/** What the first use of the search box adds, gzipped. */
const INSTANT_SEARCH_BUDGET_BYTES = 6 * 1024

/** The addresses of the scripts `page` fetches from now on. */
function scriptsFetchedBy(page: Page): string[] {
  const fetched: string[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') fetched.push(response.url())
  })
  return fetched
}

async function gzippedBytes(page: Page, urls: string[]): Promise<number> {
  let total = 0
  for (const url of urls) total += gzipSync(await (await page.request.get(url)).body()).length
  return total
}

test('reader pages carry neither Next’s client runtime nor a component payload to hydrate', async ({ request }) => {
  for (const path of READER_PAGES) {
    const html = await (await request.get(path)).text()
    expect(html, path).toContain('</html>')
    expect(html, path).not.toMatch(/<script[^>]*\bsrc="\/_next\//)
    expect(html, path).not.toContain('self.__next_f')
  }
})

test(`a concept page runs at most ${ON_LOAD_BUDGET_BYTES / 1024} KB of script (gzip), all of it ours`, async ({
  page,
}) => {
  const fetched = scriptsFetchedBy(page)
  await page.goto('/concepts/foundation-model', { waitUntil: 'networkidle' })
  expect(fetched.length).toBeGreaterThan(0)
  for (const url of fetched) expect(new URL(url).pathname).toMatch(/^\/enhancements\/readerPage-/)
  const inline = await page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''))
  const inlineBytes = inline.reduce((sum, code) => sum + gzipSync(code).length, 0)
  expect(inlineBytes + (await gzippedBytes(page, fetched))).toBeLessThanOrEqual(ON_LOAD_BUDGET_BYTES)
})

test(`the search box's first use adds at most ${INSTANT_SEARCH_BUDGET_BYTES / 1024} KB of script (gzip)`, async ({
  page,
}) => {
  await page.goto('/concepts/foundation-model', { waitUntil: 'networkidle' })
  const fetched = scriptsFetchedBy(page)
  await page.getByRole('searchbox', { name: 'Search concepts' }).focus()
  await expect.poll(() => fetched.length).toBeGreaterThan(0)
  for (const url of fetched) expect(new URL(url).pathname).toMatch(/^\/enhancements\/instantSearch-/)
  expect(await gzippedBytes(page, fetched)).toBeLessThanOrEqual(INSTANT_SEARCH_BUDGET_BYTES)
})
