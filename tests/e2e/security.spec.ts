// What a browser and an attacker meet on the production server: security headers on every
// response (and a policy the pages keep working under), an admin no other site can frame,
// a Secure session cookie, foreign-origin writes refused, and addresses Next cannot decode.
import { expect, test } from '@playwright/test'
import { demoUsers } from '@/seed/demoUsers'

const PAGES = { site: '/concepts/foundation-model', admin: '/admin/login', api: '/api/concepts?limit=1' }
const FOREIGN = 'https://attacker.example'

test('every kind of response carries the security headers; only the admin and API refuse all framing', async ({
  request,
}) => {
  for (const [kind, path] of Object.entries(PAGES)) {
    const headers = (await request.get(path)).headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], path).toContain('camera=()')
    expect(headers['strict-transport-security'], path).toMatch(/max-age=\d+/)
    expect(headers['content-security-policy'], path).toContain("object-src 'none'")
    expect(headers['content-security-policy'], path).toContain(
      kind === 'site' ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
    )
  }
})

test('pages work under the policy: no violations on a concept page or the admin sign-in', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto(PAGES.site)
  // The theme toggle works only once the page's scripts have run.
  await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.goto(PAGES.admin)
  await expect(page.getByRole('button', { name: /login/i })).toBeVisible()
  expect(violations).toEqual([])
})

test('no page may frame the admin, while site pages may be framed by the site (the live preview)', async ({ page }) => {
  await page.goto('/about')
  await page.evaluate(
    (sources) =>
      Promise.all(
        Object.entries(sources).map(
          ([id, src]) =>
            new Promise((loaded) => {
              const frame = Object.assign(document.createElement('iframe'), { id, title: id, onload: loaded })
              frame.src = src
              document.body.append(frame)
            }),
        ),
      ),
    { admin: PAGES.admin, site: PAGES.site },
  )
  await expect(page.frameLocator('#site').getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.frameLocator('#admin').getByRole('button', { name: /login/i })).toHaveCount(0)
})

test('the session cookie is Secure and HttpOnly, and a foreign-origin form post with it is refused', async ({
  request,
}) => {
  const editor = demoUsers.find((user) => user.roles.includes('editor'))!
  const login = await request.post('/api/users/login', { data: { email: editor.email, password: editor.password } })
  const cookie = login.headers()['set-cookie']
  expect(cookie).toMatch(/payload-token=/)
  expect(cookie).toMatch(/;\s*Secure/i)
  expect(cookie).toMatch(/;\s*HttpOnly/i)
  const token = /payload-token=([^;]+)/.exec(cookie)![1]
  const title = `Cross-site ${Date.now()}`
  const response = await request.post('/api/concepts?draft=true', {
    headers: { origin: FOREIGN, cookie: `payload-token=${token}` },
    multipart: { _payload: JSON.stringify({ title }) },
  })
  expect(response.status()).toBe(403)
  const found = await request.get(`/api/concepts?draft=true&where[title][equals]=${encodeURIComponent(title)}`, {
    headers: { authorization: `JWT ${(await login.json()).token}` },
  })
  expect((await found.json()).totalDocs).toBe(0)
})

test('an address with a malformed percent-encoding is a 400 page, not a server error', async ({ page, request }) => {
  for (const path of ['/concepts/%E0%A4%A', '/categories/%E0%A4%A', '/api/concepts/%E0%A4%A', '/concepts/%E0%A4']) {
    expect((await request.get(path)).status(), path).toBe(400)
  }
  const response = await page.goto('/concepts/%E0%A4%A')
  expect(response?.status()).toBe(400)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This address is not valid')
})

test('a 404 for a concept not yet published is kept by a CDN for minutes, not a year', async ({ request }) => {
  const response = await request.get(`/concepts/not-published-yet-${Date.now()}`)
  expect(response.status()).toBe(404)
  const maxAge = Number(/s-maxage=(\d+)/.exec(response.headers()['cache-control'] ?? '')?.[1] ?? 0)
  expect(maxAge).toBeGreaterThan(0)
  expect(maxAge).toBeLessThanOrEqual(300)
})

test('a first visit to a public page is one request; only the admin asks for the colour-scheme hint', async ({
  page,
  request,
}) => {
  const documents: string[] = []
  page.on('request', (sent) => {
    if (sent.resourceType() === 'document') documents.push(sent.url())
  })
  await page.goto('/concepts/foundation-model')
  expect(documents).toHaveLength(1)
  expect((await request.get('/')).headers()['critical-ch']).toBeUndefined()
  expect((await request.get('/admin/login')).headers()['critical-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
})
