import { expect, test } from '@playwright/test'

test('the theme follows the system, and a chosen theme persists across pages without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')

  await page.getByRole('button', { name: 'Switch to light theme' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')

  // The theme must be set before any paint: check it on the server-rendered
  // document as soon as it is parsed, before any other script runs.
  await page.goto('/concepts/foundation-model', { waitUntil: 'commit' })
  await page.waitForSelector('html[data-theme]', { state: 'attached' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible()
})

test('the theme button works on a page found missing while it rendered, which React draws in the browser', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  const response = await page.goto('/concepts/no-such-concept')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('no theme button is offered, as it could not switch', async ({ page }) => {
    await page.goto('/concepts/foundation-model')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foundation Model')
    await expect(page.locator('.theme-toggle')).toBeAttached()
    await expect(page.locator('.theme-toggle')).toBeHidden()
  })
})
