import { expect, type Page } from '@playwright/test'
import { demoUsers } from '@/seed/demoUsers'
import type { Role } from '@/access/roles'

export async function logIn(page: Page, role: Role): Promise<void> {
  const user = demoUsers.find((candidate) => candidate.roles.includes(role))!
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Password').fill(user.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin$/)
}

/** Picks an option in one of Payload's select or relationship inputs. */
export async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.locator(`#field-${field}`).click()
  await page.keyboard.type(option)
  await page.locator('.rs__option', { hasText: option }).first().click()
}

export async function typeRichText(page: Page, fieldSelector: string, text: string): Promise<void> {
  const editor = page.locator(`${fieldSelector} [contenteditable="true"]`).first()
  await editor.click()
  await editor.pressSequentially(text)
}

/** Adds a row to an array field (found by its heading) and fills the row's inputs by label. */
export async function addArrayRow(page: Page, heading: string, values: Record<string, string>) {
  const array = page.locator('.array-field', { has: page.getByRole('heading', { name: heading, exact: true }) })
  const inputs = (label: string) => array.getByRole('textbox', { name: new RegExp(`^${label}`) })
  const [firstLabel] = Object.keys(values)
  const row = await inputs(firstLabel).count()
  await array.getByRole('button', { name: /^Add / }).click()
  await expect(inputs(firstLabel)).toHaveCount(row + 1)
  for (const [label, value] of Object.entries(values)) {
    await inputs(label).nth(row).fill(value)
  }
}

export async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Publish( changes)?$/ }).click()
  await expect(page.locator('.payload-toast-container')).toContainText(/success/i)
}
