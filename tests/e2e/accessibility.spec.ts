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
}

const BACKGROUNDS = { light: 'rgb(255, 255, 255)', dark: 'rgb(18, 20, 24)' }

/** The dark theme changes colours only: its pages are checked for the rules colour decides (and heading order). */
const RULES_PER_THEME = { light: undefined, dark: ['color-contrast', 'link-in-text-block', 'heading-order'] }

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme })

    for (const [name, path] of Object.entries(pages)) {
      test(`the ${name} page has no axe violations and one h1`, async ({ page }) => {
        await page.goto(path)
        const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
        await expect.poll(background).toBe(BACKGROUNDS[theme])
        await expect(page.locator('h1')).toHaveCount(1)
        await expect(page.getByRole('main')).toBeVisible()
        // Headings go down one level at a time too: a best practice axe keeps out of the WCAG tags.
        const axe = new AxeBuilder({ page })
          .options({ rules: { 'heading-order': { enabled: true } } })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        const rules = RULES_PER_THEME[theme]
        const results = await (rules ? axe.withRules(rules) : axe).analyze()
        expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target}`)).toEqual([])
      })
    }
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
