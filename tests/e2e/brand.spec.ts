// The brand a visitor meets: icons in the tab and on the home screen that always load, an
// installable manifest, and the admin's sign-in page carrying Groundwork's logo, not Payload's.
import { expect, test } from '@playwright/test'
import type { MetadataRoute } from 'next'

const SITE_PAGES = ['/', '/concepts/foundation-model']
const ICON_LINKS = 'link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]'

test('site pages link their icons and manifest, and nothing they load is missing', async ({ page }) => {
  const missing: string[] = []
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url())
  })
  for (const path of SITE_PAGES) {
    await page.goto(path)
    const links = await page
      .locator(ICON_LINKS)
      .evaluateAll((elements) => elements.map((element) => (element as HTMLLinkElement).href))
    expect(links.length, path).toBeGreaterThanOrEqual(4)
    for (const href of links) expect((await page.request.get(href)).ok(), href).toBe(true)
  }
  expect(missing).toEqual([])
})

test('/favicon.ico is an icon image', async ({ request }) => {
  const favicon = await request.get('/favicon.ico')
  expect(favicon.status()).toBe(200)
  expect(favicon.headers()['content-type']).toMatch(/^image\//)
  // Every .ico file starts with a reserved zero and the type 1 (icon).
  expect([...(await favicon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0])
})

test('the manifest names Groundwork and lists an app icon of each size, all of which load', async ({ request }) => {
  const manifest: MetadataRoute.Manifest = await (await request.get('/manifest.webmanifest')).json()
  expect(manifest.short_name).toBe('Groundwork')
  const icons = manifest.icons ?? []
  expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
  for (const icon of icons) {
    const response = await request.get(icon.src)
    expect(response.ok(), icon.src).toBe(true)
    expect(response.headers()['content-type'], icon.src).toContain(icon.type!)
  }
})

test("the admin's sign-in page shows the Groundwork logo and icons", async ({ page }) => {
  await page.goto('/admin/login')
  await expect(page.locator('.login__brand')).toHaveText('Groundwork')
  await expect(page.locator('.login__brand svg')).toBeVisible()
  await expect(page).toHaveTitle(/Groundwork/)
  const icons = await page
    .locator('link[rel~="icon"]')
    .evaluateAll((elements) => elements.map((element) => (element as HTMLLinkElement).getAttribute('href')))
  expect(icons).toContain('/icon.svg')
  expect(icons.join(' ')).not.toContain('payload')
})
