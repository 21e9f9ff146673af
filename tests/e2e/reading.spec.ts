// A reader finds their way around the site, with and without JavaScript.
import { expect, test } from '@playwright/test'

test('a reader browses home → category → concept → related concept', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Categories' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Categories')
  await page.getByRole('link', { name: 'Foundations' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foundations')
  await page.getByRole('link', { name: 'Foundation Model' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foundation Model')
  await page.getByRole('region', { name: 'Related concepts' }).getByRole('link').first().click()
  await expect(page).toHaveURL(/\/concepts\/(?!foundation-model)[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 2, name: /^Key traits of / })).toBeVisible()
})

test('the header marks the section the reader is in, as its page or a page inside it', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Main' })
  /** The marked links once the page's script has run (it readies the theme toggle too). */
  const markedOn = async (path: string) => {
    await page.goto(path)
    await expect(page.locator('.theme-toggle[data-ready]')).toHaveCount(1)
    return nav
      .locator('a[aria-current]')
      .evaluateAll((links) => links.map((link) => [link.textContent, link.ariaCurrent]))
  }
  expect(await markedOn('/')).toEqual([])
  expect(await markedOn('/concepts')).toEqual([['Concepts', 'page']])
  expect(await markedOn('/concepts/foundation-model')).toEqual([['Concepts', 'true']])
  expect(await markedOn('/categories/foundations')).toEqual([['Categories', 'true']])
  expect(await markedOn('/use-cases')).toEqual([['Use cases', 'page']])
  expect(await markedOn('/about')).toEqual([['About', 'page']])
  expect(await markedOn('/search?q=attention')).toEqual([])
})

for (const path of ['/', '/concepts', '/categories/foundations', '/use-cases', '/about', '/newsletter']) {
  test(`${path} names its own address, its feed and a sharing card for links to it`, async ({ page }) => {
    await page.goto(path)
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href')
    expect(new URL(canonical!).pathname).toBe(path)
    await expect(page.locator('head meta[property="og:url"]')).toHaveAttribute('content', canonical!)
    await expect(page.locator('head meta[property="og:site_name"]')).toHaveAttribute('content', 'Groundwork')
    await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute('content', /\S/)
    const feed = path === '/newsletter' ? '/newsletter/feed.xml' : '/feed.xml'
    const feedLink = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')
    expect(new URL(feedLink!, canonical!).pathname).toBe(feed)
  })
}

for (const path of ['/concepts/no-such-concept', '/concepts/page/999', '/use-cases/page/abc', '/categories/nope']) {
  test(`${path} says it is missing, in the tab's title as well as on the page`, async ({ page, request }) => {
    const html = await (await request.get(path)).text()
    expect(html.match(/<title>[^<]*<\/title>/g)).toEqual(['<title>Page not found · Groundwork</title>'])
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page).toHaveTitle('Page not found · Groundwork')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  })
}

test('a jump to a letter on a tablet shows its heading below the letter bar, even when the bar takes two rows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 600 })
  await page.goto('/concepts', { waitUntil: 'networkidle' })
  // As on a large site: every letter in the bar (two rows at this width), and room to scroll.
  await page.evaluate(() => {
    const bar = document.querySelector('.letters')!
    const shown = new Set([...bar.querySelectorAll('a')].map((link) => link.textContent))
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ#') {
      if (!shown.has(letter)) bar.append(Object.assign(document.createElement('a'), { textContent: letter }))
    }
    document.querySelector<HTMLElement>('.a-to-z')!.style.paddingBottom = '100rem'
  })
  const jump = page.locator('.letters a[href^="#"]').last()
  const letter = (await jump.textContent())!
  await jump.click()
  const bar = (await page.locator('.letters').boundingBox())!
  expect(bar.height).toBeGreaterThan(70)
  const heading = page.locator('.letter-heading', { hasText: new RegExp(`^${letter}`) }).first()
  await expect.poll(async () => (await heading.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the A–Z index jumps to a letter and the filters combine', async ({ page }) => {
    await page.goto('/concepts')
    await page.getByRole('navigation', { name: 'Jump to letter' }).getByRole('link', { name: 'T', exact: true }).click()
    await expect(page).toHaveURL(/#letter-T$/)
    await expect(page.getByRole('region', { name: 'T' })).toContainText('Transformer')

    await page.getByLabel('Category').selectOption({ label: 'Foundations' })
    await page.getByLabel('Difficulty').selectOption('beginner')
    await page.getByRole('button', { name: 'Apply' }).click()
    await expect(page).toHaveURL(/category=foundations&difficulty=beginner/)
    await expect(page.getByRole('status')).toContainText('Foundations · Beginner')
    const cards = page.locator('.card')
    await expect(cards.first()).toBeVisible()
    for (const card of await cards.all()) {
      await expect(card).toContainText('Foundations')
      await expect(card).toContainText('Beginner')
    }
    await expect(page.getByRole('link', { name: 'Foundation Model' })).toBeVisible()
  })

  test('unknown filter values are ignored and the form shows what applied', async ({ page }) => {
    await page.goto('/concepts?category=nope&difficulty=expert')
    await expect(page.getByLabel('Category')).toHaveValue('')
    await expect(page.getByLabel('Difficulty')).toHaveValue('')
    await expect(page.getByRole('status')).toHaveText(/^\d+ concepts · sorted by name$/)
  })

  test('a FAQ answer opens by keyboard', async ({ page }) => {
    await page.goto('/concepts/foundation-model')
    const question = page.locator('details.faq summary').first()
    await question.focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('details.faq').first()).toHaveAttribute('open', '')
  })
})
