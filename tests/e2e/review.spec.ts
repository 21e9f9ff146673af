// The editorial review, end to end in two browser contexts: an editor changes a live
// concept and submits it; a reviewer finds it in the queue, reads the change in the review
// view and the draft preview, and sends it back; the editor fixes it; the reviewer approves
// and publishes; a reader sees the new text with who reviewed it.
import { expect, test, type Browser, type Page } from '@playwright/test'
import { logIn } from './adminHelpers'
import { apiHeaders } from './apiSession'

const slug = 'quantization'

async function signedInPage(browser: Browser, role: 'editor' | 'reviewer'): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await logIn(page, role)
  return page
}

async function conceptId(page: Page): Promise<number> {
  const response = await page.request.get(`/api/concepts?where[slug][equals]=${slug}&depth=0`)
  return (await response.json()).docs[0].id
}

const reviewPanel = (page: Page) => page.locator('.gw-review')

async function changeSummary(page: Page, summary: string) {
  await page.locator('#field-summary').fill(summary)
  // Concepts autosave; the panel's actions wait until the draft is saved.
  await expect(reviewPanel(page).getByRole('button', { name: 'Submit for review' })).toBeEnabled({ timeout: 20_000 })
}

test('a change is written, reviewed, sent back, fixed, approved and published', async ({ browser }) => {
  test.setTimeout(180_000)
  const stamp = Date.now().toString(36)
  const firstTry = `Quantization stores weights in fewer bits (${stamp}).`
  const fixed = `Quantization stores model weights in fewer bits so models run on smaller hardware (${stamp}).`

  const editor = await signedInPage(browser, 'editor')
  const id = await conceptId(editor)
  const editUrl = `/admin/collections/concepts/${id}`
  await editor.goto(editUrl)
  await expect(editor.getByRole('button', { name: /^Publish/ })).toHaveCount(0)
  await changeSummary(editor, firstTry)
  await reviewPanel(editor).getByRole('button', { name: 'Submit for review' }).click()
  await expect(reviewPanel(editor).locator('.gw-review__state')).toHaveText(
    'In review · the published version stays live until this is published',
  )
  await expect(editor.locator('.doc-controls .gw-status')).toContainText('Status: In review')

  const reviewer = await signedInPage(browser, 'reviewer')
  await expect(reviewer.getByRole('list', { name: 'Review work' })).toContainText(/[1-9]\d* awaiting review/)
  await reviewer.goto('/admin/review-queue')
  const row = reviewer.getByRole('table', { name: /^Work waiting/ }).getByRole('row', { name: /Quantization/ })
  await expect(row).toContainText('Eli Editor')
  await expect(row).toContainText('Summary')
  await expect(row).not.toContainText('Reading')
  await row.getByRole('link', { name: 'Quantization' }).click()
  await expect(reviewer).toHaveURL(new RegExp(`/admin/review/concepts/${id}$`))
  await expect(reviewer.getByText('1 field changed against the published version.')).toBeVisible()
  await expect(reviewer.locator('.gw-diff__field')).toHaveCount(1)
  await expect(reviewer.locator('.gw-diff__field')).toContainText('Summary')
  await expect(reviewer.locator('.gw-diff ins').last()).toContainText(stamp)
  await expect(reviewer.locator('.gw-diff del').first()).toBeVisible()

  await reviewer.getByRole('link', { name: 'Open the document' }).click()
  // A full load of the admin's edit view, which once took over 10 s while CI ran other suites.
  await expect(reviewer).toHaveURL(new RegExp(`${editUrl}$`), { timeout: 30_000 })
  await expect(reviewPanel(reviewer).locator('.gw-review__state')).toHaveText(/^In review/)
  await expect(reviewer.getByRole('button', { name: 'Publish changes' })).toBeDisabled()
  await expect(reviewer.locator('#gw-publish-reason')).toHaveText(
    'Publishing opens once another reviewer approves this change.',
  )

  await reviewPanel(reviewer).getByRole('link', { name: 'Preview on the site' }).click()
  const preview = reviewer
  await expect(preview.getByRole('complementary', { name: 'Draft preview' })).toContainText('Draft preview')
  await expect(preview.locator('.lead')).toHaveText(firstTry)
  await preview.getByRole('link', { name: 'Exit preview' }).click()
  await expect(reviewer).toHaveURL(new RegExp(`${editUrl}$`))
  await reviewer.goto(`/concepts/${slug}`)
  await expect(reviewer.locator('.lead')).not.toHaveText(firstTry)
  await expect(reviewer.getByRole('complementary', { name: 'Draft preview' })).toHaveCount(0)

  await reviewer.goto(editUrl)
  await reviewPanel(reviewer).getByLabel('Comment for the author').fill('Say why smaller hardware matters.')
  await reviewPanel(reviewer).getByRole('button', { name: 'Request changes' }).click()
  await expect(reviewPanel(reviewer).locator('.gw-review__state')).toHaveText(/^Changes requested/)

  await editor.reload()
  await expect(reviewPanel(editor)).toContainText('Say why smaller hardware matters.')
  await changeSummary(editor, fixed)
  await reviewPanel(editor).getByRole('button', { name: 'Submit for review' }).click()
  await expect(reviewPanel(editor).locator('.gw-review__state')).toHaveText(/^In review/)

  await reviewer.reload()
  await reviewPanel(reviewer).getByRole('button', { name: 'Approve' }).click()
  await expect(reviewPanel(reviewer).locator('.gw-review__state')).toHaveText(/^Approved/)
  await expect(reviewer.getByRole('button', { name: 'Publish changes' })).toBeEnabled()
  await reviewer.goto('/admin/review-queue')
  await expect(reviewer.getByRole('table', { name: /^Approved work/ })).toContainText('Quantization')
  await expect(reviewer.getByRole('table', { name: /^Work waiting/ }).getByText('Quantization')).toHaveCount(0)
  await reviewer.goto(editUrl)
  await reviewer.getByRole('button', { name: 'Publish changes' }).click()
  await expect(reviewer.locator('.payload-toast-container')).toContainText(/success/i)

  const reader = await (await browser.newContext()).newPage()
  await expect(async () => {
    await reader.goto(`/concepts/${slug}`)
    await expect(reader.locator('.lead')).toHaveText(fixed, { timeout: 1_000 })
  }).toPass({ timeout: 10_000 })
  await expect(reader.getByText(/Reviewed by Rae Reviewer on/)).toBeVisible()
  await expect(reader.getByRole('complementary', { name: 'Draft preview' })).toHaveCount(0)
})

test('draft preview is for signed-in staff only', async ({ page }) => {
  const response = await page.goto(`/preview?path=/concepts/${slug}`)
  expect(response?.status()).toBe(403)
  await expect(page.locator('body')).toContainText('Sign in to the admin')
  expect((await page.goto('/preview?path=https://elsewhere.example'))?.status()).toBe(400)
})

test('live preview and the readiness checklist follow the form as the editor types', async ({ page }) => {
  await logIn(page, 'editor')
  const response = await page.request.get('/api/concepts?where[slug][equals]=mixture-of-experts&depth=0')
  const id = (await response.json()).docs[0].id
  await page.goto(`/admin/collections/concepts/${id}`)
  // Payload remembers per user whether live preview was open.
  await expect(page.getByRole('button', { name: /Live Preview$/ })).toBeVisible()
  const openPreview = page.getByRole('button', { name: 'Live Preview', exact: true })
  if (await openPreview.isVisible()) await openPreview.click()
  const preview = page.frameLocator('iframe')
  await expect(preview.getByRole('complementary', { name: 'Draft preview' })).toBeVisible({ timeout: 20_000 })
  const subtitle = `Many small experts, few awake at once (${Date.now().toString(36)})`
  await page.locator('#field-subtitle').fill(subtitle)
  await expect(preview.locator('.subtitle')).toHaveText(subtitle, { timeout: 20_000 })

  // The readiness checklist follows the form as it is typed, before anything is saved.
  const checklist = reviewPanel(page).getByRole('list', { name: 'Publish readiness' })
  await expect(checklist.getByRole('listitem').filter({ hasText: 'A summary' })).toContainText('(done)')
  const summary = await page.locator('#field-summary').inputValue()
  await page.locator('#field-summary').fill('')
  await expect(checklist.getByRole('listitem').filter({ hasText: 'A summary' })).toContainText('(missing)')
  await page.locator('#field-summary').fill(summary)
  await expect(checklist.getByRole('listitem').filter({ hasText: 'A summary' })).toContainText('(done)')

  const reader = await page.context().browser()!.newPage()
  await reader.goto('/concepts/mixture-of-experts')
  await expect(reader.locator('.subtitle')).not.toHaveText(subtitle)
})

test('an FAQ written in the Connections tab’s drawer counts in the checklist at once', async ({ page }) => {
  await logIn(page, 'editor')
  const response = await page.request.get('/api/concepts?where[slug][equals]=fine-tuning&depth=0')
  await page.goto(`/admin/collections/concepts/${(await response.json()).docs[0].id}`)
  const faqs = reviewPanel(page)
    .getByRole('list', { name: 'Publish readiness' })
    .getByRole('listitem')
    .filter({ hasText: 'At least 3 FAQs' })
  const countNow = async () => Number((await faqs.innerText()).match(/now (\d+)/)?.[1])
  await expect(faqs).toContainText('now')
  const before = await countNow()

  await page.getByRole('button', { name: 'Connections' }).click()
  await page
    .locator('.relationship-table', { has: page.getByRole('heading', { name: 'FAQs', level: 4 }) })
    .getByRole('button', { name: 'Add new' })
    .click()
  const drawer = page.getByRole('dialog')
  await drawer
    .locator('#field-question')
    .fill(`Can a small model be fine-tuned on a laptop (${Date.now().toString(36)})?`)
  await drawer
    .locator('.field-type.rich-text-lexical [contenteditable="true"]')
    .first()
    .pressSequentially('Yes, with adapters such as LoRA.')
  await drawer.getByRole('button', { name: 'Save Draft' }).click()
  await expect(faqs).toContainText(`now ${before + 1}`)
})

test('an approved concept whose FAQ changed since cannot be published from the admin, which says why', async ({
  page,
  request,
}) => {
  const [editor, reviewer] = [await apiHeaders(request, 'editor'), await apiHeaders(request, 'reviewer')]
  const stamp = Date.now().toString(36)
  const concept = (await (await request.get('/api/concepts?where[slug][equals]=model-evaluation&depth=0')).json())
    .docs[0]
  const faq = (await (await request.get(`/api/faqs?where[concept][equals]=${concept.id}&depth=0&limit=1`)).json())
    .docs[0]
  const review = (headers: Record<string, string>, action: string) =>
    request.post(`/api/concepts/${concept.id}/review`, { headers, data: { action } })
  const edit = await request.patch(`/api/concepts/${concept.id}?draft=true`, {
    headers: editor,
    data: { summary: `How to tell whether a model is good enough for its job (${stamp}).` },
  })
  expect(edit.status()).toBe(200)
  expect((await review(editor, 'submit')).status()).toBe(200)
  expect((await review(reviewer, 'approve')).status()).toBe(200)
  const question = `${faq.question} (${stamp})`
  const faqEdit = await request.patch(`/api/faqs/${faq.id}?draft=true`, { headers: editor, data: { question } })
  expect(faqEdit.status()).toBe(200)

  await logIn(page, 'reviewer')
  await page.goto(`/admin/collections/concepts/${concept.id}`)
  await expect(page.locator('#gw-publish-reason')).toHaveText(
    `The FAQ “${question}” changed after this concept was approved: have that change reviewed too (submit it, then approve it) before publishing.`,
  )
  await expect(page.getByRole('button', { name: 'Publish changes' })).toBeDisabled()
})
