// WCAG 2.2 AA, as axe-core checks it, on every page type in both themes. The newsletter's
// pages that need a live link (confirm, unsubscribe) and the pages its forms lead to are
// checked on the way, in newsletterSignUp.spec.ts.
import { expect, test } from '@playwright/test'
import { expectAccessibleInBothThemes } from './axeChecks'

const pages = {
  home: '/',
  'concept index': '/concepts',
  'filtered index': '/concepts?category=foundations&difficulty=beginner',
  concept: '/concepts/foundation-model',
  categories: '/categories',
  category: '/categories/foundations',
  'use cases': '/use-cases',
  'use case': '/use-cases/klarna-ai-assistant',
  about: '/about',
  'not found': '/concepts/no-such-concept',
  search: '/search?q=halucination',
  'expired newsletter confirmation': '/newsletter/confirm?token=used-or-expired',
  'invalid unsubscribe link': '/newsletter/unsubscribe?token=forged',
}

// Each page loads once, is checked in full in the light theme, then in dark for colours.
for (const [name, path] of Object.entries(pages)) {
  test(`the ${name} page has no axe violations in either theme, and one h1`, async ({ page }) => {
    await page.goto(path)
    await expectAccessibleInBothThemes(page)
  })
}

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/concepts/foundation-model')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})
