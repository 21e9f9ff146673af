// The database stops while the site serves, and comes back: cached pages keep answering,
// pages and API requests that need the database get a designed 503 with Retry-After (not a
// stack trace, not a hang), the admin says what is wrong, and everything recovers without a
// restart of the app.
import { expect, test, type APIRequestContext } from '@playwright/test'
import { signalOutage } from './outageControl'

const port = process.env.E2E_PORT ?? '3100'
/** A bound on each answer during the outage: a request that hangs fails here. */
const ANSWER_WITHIN = { timeout: 15_000 }
const CACHED_PAGE = '/concepts/foundation-model'

const apiStatus = (request: APIRequestContext) =>
  request
    .get(`/api/concepts?where[slug][equals]=outage-${Date.now()}`, ANSWER_WITHIN)
    .then((response) => response.status())

/** The admin's status, which follows the server's own database check (made every 2 seconds). */
const adminStatus = (request: APIRequestContext) =>
  request.get('/admin', ANSWER_WITHIN).then((response) => response.status())

test('a database outage: cached pages answer, the rest is a designed 503, and all recovers', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  // A publish made outside a request just before (another test's job) reaches every instance
  // within a second: let it land, then make sure the page is in the cache as it now reads.
  await new Promise((resolve) => setTimeout(resolve, 1_500))
  await expect
    .poll(async () => (await request.get(CACHED_PAGE)).headers()['x-nextjs-cache'], { timeout: 10_000 })
    .toBe('HIT')
  signalOutage(port, 'begin')
  try {
    await expect.poll(() => apiStatus(request), { timeout: 30_000 }).toBe(503)
    // Pages turn into the outage page once the server's own check has noticed; the admin shows when.
    await expect.poll(() => adminStatus(request), { timeout: 10_000 }).toBe(503)

    expect((await request.get(CACHED_PAGE, ANSWER_WITHIN)).status()).toBe(200)

    const api = await request.get(`/api/concepts?where[slug][equals]=not-cached-${Date.now()}`, ANSWER_WITHIN)
    expect(api.status()).toBe(503)
    expect(Number(api.headers()['retry-after'])).toBeGreaterThan(0)
    expect((await api.json()).errors[0].message).toMatch(/database cannot be reached/)

    const uncached = await page.goto(`/concepts/never-visited-${Date.now()}`, ANSWER_WITHIN)
    expect(uncached?.status()).toBe(503)
    expect(uncached?.headers()['retry-after']).toMatch(/^\d+$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back in a moment')
    await expect(page.getByText(/cannot reach its database/)).toBeVisible()

    const admin = await page.goto('/admin', ANSWER_WITHIN)
    expect(admin?.status()).toBe(503)
    await expect(page.getByText(/admin is unavailable until the database is back/)).toBeVisible()
  } finally {
    signalOutage(port, 'end')
  }
  await expect.poll(() => apiStatus(request), { timeout: 60_000 }).toBe(200)
  const recovered = await page.goto(`/concepts/never-visited-${Date.now()}`)
  expect(recovered?.status()).toBe(404)
  await expect.poll(() => adminStatus(request), { timeout: 10_000 }).toBe(200)
})
