// Finding things: the search page without JavaScript, the header's instant results by
// keyboard alone, auto-linked mentions with their preview cards, and how a publish
// reaches search and every page that mentions the concept at once.
import { expect, test } from '@playwright/test'
import { richText } from '@/seed/richText'
import { apiHeaders, foundationsCategoryId } from './apiSession'

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a misspelt search from the header finds the concept, suggests the spelling and filters', async ({ page }) => {
    await page.goto('/about')
    await page.getByRole('searchbox', { name: 'Search concepts' }).fill('halucinations')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await expect(page).toHaveURL(/\/search\?q=halucinations$/)
    const results = page.locator('.search-hits > li')
    await expect(results.first().getByRole('heading')).toHaveText('Hallucination')
    await expect(results.first()).toContainText('Concept')
    await expect(results.first().locator('mark').first()).toBeVisible()
    await page.getByRole('link', { name: 'hallucinations' }).click()
    await expect(page).toHaveURL(/\/search\?q=hallucinations$/)
    await expect(page.getByText('Did you mean')).toHaveCount(0)

    const form = page.getByRole('search', { name: 'Search Groundwork' })
    const useCases = await form.locator('option[value="use-case"]').textContent()
    const count = Number(/^Use cases \((\d+)\)$/.exec(useCases ?? '')?.[1])
    expect(count).toBeGreaterThan(1)
    await form.getByLabel('Show').selectOption('use-case')
    await form.getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(/type=use-case/)
    await expect(page.getByRole('status')).toHaveText(`${count} results for “hallucinations”`)
    await expect(results).toHaveCount(Math.min(count, 10))
    for (const result of await results.all()) await expect(result).toContainText('Use case')
  })

  test('an empty search offers starting points, and a hopeless one the way to the index', async ({ page }) => {
    await page.goto('/search')
    await expect(page.getByRole('heading', { name: 'Good places to start' })).toBeVisible()
    await expect(page.locator('.card-grid .card')).toHaveCount(6)
    await expect(page.locator('option[value="beginner"]')).toHaveText(/^Beginner \(\d+\)$/)
    await page.goto('/search?q=zzqxj')
    await expect(page.getByRole('status')).toHaveText('No results for “zzqxj”')
    await expect(page.getByRole('link', { name: 'every concept from A to Z' })).toHaveAttribute('href', '/concepts')
  })

  test('a page past the last page of results shows the last one', async ({ page }) => {
    await page.goto('/search?q=model&page=50')
    await expect(page).toHaveURL(/[?&]page=\d+/)
    const last = Number(new URL(page.url()).searchParams.get('page'))
    expect(last).toBeGreaterThan(1)
    expect(last).toBeLessThan(50)
    await expect(page.getByRole('navigation', { name: 'Result pages' })).toContainText(`Page ${last} of ${last}`)
    await expect(page.locator('.search-hits li').first()).toBeVisible()
  })
})

test('the instant results load on first use and work by keyboard alone: /, type, arrows, Enter', async ({ page }) => {
  const scripts: string[] = []
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text().catch(() => ''))
  })
  const instantCodeLoaded = () => scripts.some((script) => script.includes('See all results for'))
  await page.goto('/concepts/transformer', { waitUntil: 'networkidle' })
  expect(instantCodeLoaded()).toBe(false)
  // "/" works once the page is interactive: a reader pressing it earlier simply presses it again.
  const input = page.getByLabel('Search concepts')
  await expect(async () => {
    await page.keyboard.press('/')
    await expect(input).toBeFocused({ timeout: 500 })
  }).toPass({ timeout: 15_000 })
  await page.keyboard.type('quant')
  const box = page.getByRole('combobox', { name: 'Search concepts' })
  await expect(box).toBeFocused()
  await expect.poll(instantCodeLoaded).toBe(true)
  const options = page.getByRole('option')
  await expect(options.first()).toContainText('Quantization')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('listbox')).toBeHidden()
  await page.keyboard.type('i')
  await expect(options.first()).toContainText('Quantization')
  await page.keyboard.press('ArrowDown')
  await expect(options.first()).toHaveAttribute('aria-selected', 'true')
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/concepts\/quantization$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quantization')
})

test('a mention links to its concept and previews it on focus or hover without moving the page; Escape hides it', async ({
  page,
}) => {
  await page.goto('/concepts/transformer')
  const mention = page.locator('.prose').getByRole('link', { name: 'self-attention' })
  await expect(mention).toHaveAttribute('href', '/concepts/attention-mechanism')
  const card = page.getByRole('tooltip').filter({ hasText: 'Attention Mechanism' })
  await expect(card).toBeHidden()
  const layout = () =>
    page
      .locator('.prose')
      .evaluate((prose: HTMLElement) => [prose.offsetTop, prose.offsetHeight, document.body.scrollHeight])
  const before = await layout()
  await mention.focus()
  await expect(card).toBeVisible()
  await expect(card).toContainText('Models & Architectures · Advanced')
  await expect(mention).toHaveAccessibleDescription(/Attention is a neural network operation/)
  expect(await layout()).toEqual(before)
  await page.keyboard.press('Escape')
  await expect(card).toBeHidden()
  await mention.hover()
  await expect(card).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/concepts\/attention-mechanism$/)
})

test('publishing a concept makes it findable and links its mentions at once; unpublishing undoes both', async ({
  request,
}) => {
  const headers = await apiHeaders(request, 'admin')
  const slug = `graphics-processing-unit-${Date.now().toString(36)}`
  const link = `href="/concepts/${slug}"`
  const categoryId = await foundationsCategoryId(request)
  const mentionsGpu = () => request.get('/concepts/transformer').then((response) => response.text())
  const found = async () => {
    const response = await request.get('/api/search?q=graphics%20processing&type=concept')
    return ((await response.json()) as { results: { slug: string }[] }).results.map((hit) => hit.slug)
  }
  expect(await mentionsGpu()).not.toContain(link)
  const created = await request.post('/api/concepts', {
    headers,
    data: {
      title: `Graphics Processing Unit ${slug.slice(-8)}`,
      slug,
      aliases: ['GPU'],
      summary: 'A chip with thousands of small cores that run the same arithmetic in parallel.',
      body: richText(['Training runs on many of them at once.']),
      category: categoryId,
      difficulty: 'beginner',
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  expect(await found()).toContain(slug)
  expect(await mentionsGpu()).toContain(link)
  const ownPage = await (await request.get(`/concepts/${slug}`)).text()
  expect(ownPage, 'no related concepts picked: similar ones instead').toContain('Similar concepts')

  await request.patch(`/api/concepts/${doc.id}`, { headers, data: { _status: 'draft' } })
  expect(await found()).not.toContain(slug)
  expect(await mentionsGpu()).not.toContain(link)
})

test('a query of a megabyte is a clear 431, and a bad parameter a 400 that says why', async ({ request }) => {
  const huge = await request.get(`/api/search?q=${'a'.repeat(1024 * 1024)}`)
  expect(huge.status()).toBe(431)
  expect(await huge.text()).toContain('too long')
  const bad = await request.get('/api/search?q=rag&limit=500')
  expect(bad.status()).toBe(400)
  expect(await bad.json()).toEqual({ errors: [{ message: '"limit" must be a whole number from 1 to 50.' }] })
})
