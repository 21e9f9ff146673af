// WCAG 2.2 AA as axe-core checks it, on the page as it is open: in full in the light theme,
// then, switched to dark as the reader's toggle does (data-theme on <html>), the rules colour
// decides. Specs that reach a page only through a journey check it there, with no extra load.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

const BACKGROUNDS = { light: 'rgb(250, 249, 246)', dark: 'rgb(14, 19, 18)' }

/** The dark theme changes colours only: it is checked for the rules colour decides (and heading order). */
const DARK_THEME_RULES = ['color-contrast', 'link-in-text-block', 'heading-order']

export async function expectAccessibleInBothThemes(page: Page): Promise<void> {
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
}
