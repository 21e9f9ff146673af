// Day one in the newsroom, in two browser contexts: an editor writes a new concept with a
// use case and three FAQs and submits it once; the reviewer reads all of it in the review
// view and sends it back; the editor fixes an FAQ and resubmits once; one approval and one
// publish later, a reader sees the concept with its example and every FAQ.
// Then two people open one concept: the one typing keeps it, the other meets the lock and
// reads what was typed.
import { expect, test, type Browser, type Page } from '@playwright/test'
import { logIn } from './adminHelpers'
import { apiHeaders } from './apiSession'

const reviewPanel = (page: Page) => page.locator('.gw-review').first()

async function signedInPage(browser: Browser, role: 'editor' | 'reviewer'): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await logIn(page, role)
  return page
}

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }],
  },
})

/** Saves a draft in the editor's name through the REST API, as the admin's Save draft does. */
async function saveDraft(page: Page, collection: string, data: Record<string, unknown>): Promise<number> {
  const response = await page.request.post(`/api/${collection}?draft=true`, {
    data,
    headers: await apiHeaders(page.request, 'editor'),
  })
  expect(response.status(), await response.text()).toBe(201)
  return (await response.json()).doc.id
}

async function categoryId(page: Page): Promise<number> {
  return (await (await page.request.get('/api/categories?limit=1&depth=0')).json()).docs[0].id
}

test('a new concept, its use case and three FAQs go through one review and go live together', async ({ browser }) => {
  test.setTimeout(240_000)
  const stamp = Date.now().toString(36)
  const title = `Speculative Sampling ${stamp}`
  const slug = `speculative-sampling-${stamp}`
  const editor = await signedInPage(browser, 'editor')

  const conceptId = await saveDraft(editor, 'concepts', {
    title,
    slug,
    summary: `A small model drafts tokens and a large one checks them (${stamp}).`,
    category: await categoryId(editor),
    difficulty: 'advanced',
    body: paragraph(
      'Large language models write one token at a time, and each token costs a full pass through billions of weights. ' +
        'Speculative sampling lets a much smaller model guess several tokens ahead, then asks the large model to check all of the guesses in a single pass, keeping every token it agrees with.',
    ),
    keyTraits: [
      { label: 'A draft model', explanation: 'A small, fast model proposes the next few tokens.' },
      { label: 'One checking pass', explanation: 'The large model verifies the proposals together.' },
    ],
    pitfalls: [
      { title: 'Different tokenizers', explanation: 'Both models must split text the same way.' },
      { title: 'Poor guesses', explanation: 'A weak draft model wastes the checking pass.' },
    ],
  })
  await saveDraft(editor, 'use-cases', {
    title: `Faster answers in a support chat ${stamp}`,
    slug: `faster-support-answers-${stamp}`,
    organization: 'Example Support Co.',
    summary: 'Replies arrived in half the time with the same wording.',
    concepts: [conceptId],
  })
  const faqIds: number[] = []
  for (const [order, [question, answer]] of [
    ['Does it change what the model writes?', 'No: only tokens the large model would have chosen are kept.'],
    ['How much faster is it?', 'It depends.'],
    ['Which draft model should I pick?', 'A small model from the same family, sharing its tokenizer.'],
  ].entries()) {
    faqIds.push(
      await saveDraft(editor, 'faqs', {
        question: `${question} (${stamp})`,
        answer: paragraph(answer),
        concept: conceptId,
        order,
      }),
    )
  }

  const editUrl = `/admin/collections/concepts/${conceptId}`
  await editor.goto(editUrl)
  const companions = reviewPanel(editor).locator('.gw-review__companions')
  await expect(companions.getByRole('listitem')).toHaveCount(4)
  const checklist = reviewPanel(editor).getByRole('list', { name: 'Publish readiness' })
  await expect(checklist.getByRole('listitem').filter({ hasText: 'At least 3 FAQs' })).toContainText('(done)')
  await reviewPanel(editor).getByRole('button', { name: 'Submit for review' }).click()
  await expect(reviewPanel(editor).locator('.gw-review__state')).toHaveText('In review')
  await expect(companions).toContainText('In review')

  const reviewer = await signedInPage(browser, 'reviewer')
  await reviewer.goto('/admin/review-queue')
  const row = reviewer.getByRole('table', { name: /^Work waiting/ }).getByRole('row', { name: new RegExp(title) })
  await expect(row).toContainText('New concept')
  await row.getByRole('link', { name: title }).click()
  await expect(reviewer.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(reviewer.getByText('A new concept: everything below is new.')).toBeVisible()
  const view = reviewer.locator('.gw-review-view')
  for (const label of ['Title', 'Summary', 'Explanation', 'Key traits', 'Pitfalls', 'Category', 'Difficulty']) {
    await expect(view.locator('.gw-diff__label', { hasText: label }).first()).toBeVisible()
  }
  await expect(view).not.toContainText(/Reading time|Fingerprint|Submitted at|Review state/i)
  const reviewedWithIt = reviewer.getByRole('region', { name: 'Reviewed and published with it' })
  await expect(reviewedWithIt.getByRole('article')).toHaveCount(4)
  await expect(reviewedWithIt).toContainText('It depends.')

  await reviewer.getByLabel('Comment for the author').fill('Say how much faster, with a number.')
  await reviewer.getByRole('button', { name: 'Request changes' }).click()
  await expect(reviewer.locator('.gw-review-view__eyebrow')).toContainText('Changes requested')

  await editor.goto(`/admin/collections/faqs/${faqIds[1]}`)
  await expect(reviewPanel(editor).locator('.gw-review__state')).toHaveText('Changes requested')
  await editor.locator('#field-question').fill(`How much faster is it, in practice? (${stamp})`)
  await editor.getByRole('button', { name: 'Save Draft' }).click()
  await expect(editor.locator('.payload-toast-container')).toContainText(/saved/i)
  await editor.goto(editUrl)
  await reviewPanel(editor).getByRole('button', { name: 'Submit for review' }).click()
  await expect(reviewPanel(editor).locator('.gw-review__state')).toHaveText('In review')

  await reviewer.reload()
  await expect(reviewedWithIt).toContainText('How much faster is it, in practice?')
  await reviewer.getByRole('button', { name: 'Approve' }).click()
  await expect(reviewer.locator('.gw-review-view__eyebrow')).toContainText('Approved')
  await expect(reviewedWithIt.locator('.pill', { hasText: 'Approved' })).toHaveCount(4)
  await reviewer.getByRole('link', { name: 'Open the document' }).click()
  await reviewer.getByRole('button', { name: 'Publish changes' }).click()
  await expect(reviewer.locator('.payload-toast-container')).toContainText(/success/i)

  const reader = await (await browser.newContext()).newPage()
  await expect(async () => {
    await reader.goto(`/concepts/${slug}`)
    await expect(reader.getByRole('heading', { level: 1 })).toContainText(`Speculative Sampling ${stamp}`, {
      timeout: 1_000,
    })
  }).toPass({ timeout: 15_000 })
  const article = reader.locator('article')
  await expect(article).toContainText(`Faster answers in a support chat ${stamp}`)
  for (const question of ['Does it change what the model writes?', 'Which draft model should I pick?']) {
    await expect(article).toContainText(`${question} (${stamp})`)
  }
  await expect(article).toContainText(`How much faster is it, in practice? (${stamp})`)
})

test('a second person opening a concept someone is typing in meets the lock, and cannot overwrite their work', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const reviewer = await signedInPage(browser, 'reviewer')
  const uncaught: string[] = []
  reviewer.on('pageerror', (error) => uncaught.push(error.message))
  const id = (
    await (await reviewer.request.get('/api/concepts?where[slug][equals]=attention-mechanism&depth=0')).json()
  ).docs[0].id
  const editUrl = `/admin/collections/concepts/${id}`
  await reviewer.goto(editUrl)
  const subtitle = `Numbers that keep meaning close (${Date.now().toString(36)})`
  await reviewer.locator('#field-subtitle').fill(subtitle)
  const headers = await apiHeaders(reviewer.request, 'reviewer')
  const savedSubtitle = async () =>
    (await (await reviewer.request.get(`/api/concepts/${id}?draft=true&depth=0`, { headers })).json()).subtitle
  await expect.poll(savedSubtitle, { timeout: 20_000 }).toBe(subtitle)

  const editor = await signedInPage(browser, 'editor')
  await editor.goto(editUrl)
  const dialog = editor.getByRole('dialog').filter({ hasText: 'Document locked' })
  await expect(dialog).toBeVisible({ timeout: 20_000 })
  await expect(dialog).toContainText('is currently editing this document')

  await editor.getByRole('button', { name: 'View read-only' }).click()
  await expect(editor.locator('#field-subtitle')).toHaveValue(subtitle)
  expect(await savedSubtitle()).toBe(subtitle)
  expect(uncaught).toEqual([])
})
