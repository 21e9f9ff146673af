// A complete concept written in the admin form and published straight away by an admin
// (an override of review; review.spec.ts covers the reviewed path); readers see every
// part of it on the site. A concept that stays a draft is nowhere to be seen.
import { expect, test } from '@playwright/test'
import { addArrayRow, choose, logIn, publish, typeRichText } from './adminHelpers'
import { apiHeaders } from './apiSession'

test('an admin writes and publishes a complete concept and readers see every part of it', async ({ page, browser }) => {
  // A whole journey through the admin, run while the integration tests may still hold a core.
  test.setTimeout(120_000)
  const stamp = Date.now().toString(36)
  const title = `Speculative Decoding ${stamp}`
  const slug = `speculative-decoding-${stamp}`

  await logIn(page, 'admin')
  await page.goto('/admin/collections/concepts/create')
  await page.locator('#field-title').fill(title)
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await expect(page).toHaveURL(/\/concepts\/\d+$/)
  await page.locator('#field-subtitle').fill('How a small model drafts and a large one checks')
  await page
    .locator('#field-summary')
    .fill('A faster way to generate text: a small model guesses ahead and the large model verifies.')
  await choose(page, 'category', 'Models & Architectures')
  await choose(page, 'difficulty', 'Advanced')
  await typeRichText(
    page,
    '.field-type.rich-text-lexical',
    'Large models are slow because they produce one token at a time.',
  )

  await page.getByRole('button', { name: 'Traits & pitfalls' }).click()
  await addArrayRow(page, 'Key traits', { Trait: 'Draft model', Explanation: 'A small model proposes several tokens.' })
  await addArrayRow(page, 'Key traits', {
    Trait: 'Verification',
    Explanation: 'The large model checks them in one pass.',
  })
  await addArrayRow(page, 'Pitfalls', {
    Pitfall: 'Mismatched vocabularies',
    Explanation: 'Both models must share a tokenizer.',
  })
  await addArrayRow(page, 'Pitfalls', { Pitfall: 'Low acceptance', Explanation: 'A poor draft model wastes work.' })

  await page.getByRole('button', { name: 'Connections' }).click()
  await choose(page, 'prerequisites', 'Large Language Model')
  await choose(page, 'related', 'Transformer')
  await publish(page)

  await page.goto('/admin/collections/faqs/create')
  await page.locator('#field-question').fill(`Does it change the output ${stamp}?`)
  await typeRichText(
    page,
    '.field-type.rich-text-lexical',
    'No: the large model accepts only tokens it would have produced.',
  )
  await choose(page, 'concept', title)
  await publish(page)

  await page.goto('/admin/collections/use-cases/create')
  await page.locator('#field-title').fill(`Faster chat replies ${stamp}`)
  await page.locator('#field-organization').fill('Example Labs')
  await page.locator('#field-summary').fill('Cut response latency by drafting with a small model.')
  await choose(page, 'concepts', title)
  await publish(page)

  const reader = await browser.newPage()
  await reader.goto(`/concepts/${slug}`)
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title)
  const article = reader.locator('article')
  for (const text of [
    'How a small model drafts and a large one checks',
    'a small model guesses ahead',
    'Models & Architectures',
    'Advanced',
    'min read',
    'Last updated',
    'produce one token at a time',
    'Draft model',
    'Verification',
    'Mismatched vocabularies',
    'Low acceptance',
    `Faster chat replies ${stamp}`,
    'Example Labs',
    'Large Language Model',
    'Transformer',
  ]) {
    await expect(article).toContainText(text)
  }
  await reader.getByText(`Does it change the output ${stamp}?`).click()
  await expect(reader.getByText('accepts only tokens it would have produced')).toBeVisible()

  await reader.goto('/')
  await expect(reader.getByRole('link', { name: title }).first()).toBeVisible()
})

test('a concept saved only as a draft stays invisible to readers', async ({ page, browser }) => {
  const stamp = Date.now().toString(36)
  const title = `Unfinished Idea ${stamp}`

  await logIn(page, 'editor')
  await page.goto('/admin/collections/concepts/create')
  await page.locator('#field-title').fill(title)
  await page.locator('#field-summary').fill('Not ready for readers yet.')
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await expect(page).toHaveURL(/\/concepts\/\d+$/)
  await expect(page.locator('#field-slug')).toHaveValue(`unfinished-idea-${stamp}`, { timeout: 15_000 })

  const reader = await browser.newPage()
  const response = await reader.goto(`/concepts/unfinished-idea-${stamp}`)
  expect(response?.status()).toBe(404)
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await reader.goto('/')
  await expect(reader.getByText(title)).toHaveCount(0)
  const api = await reader.request.get(`/api/concepts?where[slug][equals]=unfinished-idea-${stamp}&draft=true`)
  expect((await api.json()).docs).toEqual([])
})

test('opening "Create New" and leaving without saving makes no draft', async ({ page, request }) => {
  const headers = await apiHeaders(request, 'admin')
  const concepts = async () =>
    (await (await request.get('/api/concepts?draft=true&limit=1&depth=0', { headers })).json()).totalDocs
  const before = await concepts()
  await logIn(page, 'editor')
  await page.goto('/admin/collections/concepts/create')
  await expect(page.locator('#field-title')).toBeVisible()
  await expect(page).toHaveURL(/\/concepts\/create$/)
  await page.goto('/admin/collections/concepts')
  await expect(page.getByText('<No Title>')).toHaveCount(0)
  expect(await concepts()).toBe(before)
})

test('an editor duplicates a concept from the admin and gets a draft at a free address', async ({ page }) => {
  const stamp = Date.now().toString(36)
  const title = `Copied Idea ${stamp}`

  await logIn(page, 'editor')
  await page.goto('/admin/collections/concepts/create')
  await page.locator('#field-title').fill(title)
  await page.locator('#field-summary').fill('A concept to copy.')
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await expect(page).toHaveURL(/\/concepts\/\d+$/)
  const original = page.url()
  await expect(page.locator('#field-slug')).toHaveValue(`copied-idea-${stamp}`, { timeout: 15_000 })

  await page.locator('.doc-controls__dots').click()
  await page.locator('#action-duplicate').click()
  await expect(page.getByText('successfully duplicated')).toBeVisible()
  await expect(page).not.toHaveURL(original)
  await expect(page.locator('#field-title')).toHaveValue(`${title} (copy)`)
  await expect(page.locator('#field-slug')).toHaveValue(`copied-idea-${stamp}-copy`)
})
