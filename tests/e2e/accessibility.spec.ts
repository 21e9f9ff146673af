// WCAG 2.2 AA, as axe-core checks it, on every page type in both themes.
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

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
}

const BACKGROUNDS = { light: 'rgb(250, 249, 246)', dark: 'rgb(14, 19, 18)' }

/** The dark theme changes colours only: it is checked for the rules colour decides (and heading order). */
const DARK_THEME_RULES = ['color-contrast', 'link-in-text-block', 'heading-order']

// Each page loads once in the light theme and is checked in full; then the reader's toggle
// switches it to dark (as the toggle does: data-theme on <html>) and colours are checked again.
for (const [name, path] of Object.entries(pages)) {
  test(`the ${name} page has no axe violations in either theme, and one h1`, async ({ page }) => {
    await page.goto(path)
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    await expect.poll(background).toBe(BACKGROUNDS.light)
    await expect(page.locator('h1')).toHaveCount(1)
    await expect(page.getByRole('main')).toBeVisible()
    // Headings go down one level at a time too: a best practice axe keeps out of the WCAG tags.
    const axe = () =>
      new AxeBuilder({ page })
        .options({ rules: { 'heading-order': { enabled: true } } })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    const violations = async (builder: AxeBuilder) =>
      (await builder.analyze()).violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target}`)
    expect(await violations(axe()), 'light theme').toEqual([])
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'))
    await expect.poll(background).toBe(BACKGROUNDS.dark)
    expect(await violations(axe().withRules(DARK_THEME_RULES)), 'dark theme').toEqual([])
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
