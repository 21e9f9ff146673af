// An issue from first draft to a reader's inbox: an editor writes it in the admin and submits
// it, a reviewer approves and schedules it, the job runner sends it to confirmed readers only,
// and it appears in the archive; the reader then unsubscribes from the email's own link.
import { expect, test, type APIRequestContext } from '@playwright/test'
import { logIn } from './adminHelpers'
import { apiHeaders, pageText } from './apiSession'
import { expectAccessibleInBothThemes } from './axeChecks'
import { linkIn, newestMailTo } from './capturedMail'

async function signUp(request: APIRequestContext, email: string) {
  const response = await request.post('/api/newsletter/subscribe', {
    form: { email, source: 'newsletter', website: '' },
    maxRedirects: 0,
  })
  expect(response.status()).toBe(303)
}

async function confirmedReader(request: APIRequestContext, email: string) {
  await signUp(request, email)
  const token = new URL(linkIn((await newestMailTo(email, 1)).text, '/newsletter/confirm')).searchParams.get('token')
  const confirmed = await request.post('/api/newsletter/confirm', { form: { token: token! }, maxRedirects: 0 })
  expect(confirmed.status()).toBe(303)
}

test('an issue goes from an editor’s draft, through review and a schedule, to confirmed readers and the archive', async ({
  page,
  request,
}) => {
  const stamp = Date.now().toString(36)
  const subject = `Issue check ${stamp}`
  const reader = `issue-reader-${stamp}@example.com`
  const waiting = `issue-pending-${stamp}@example.com`
  await confirmedReader(request, reader)
  await signUp(request, waiting)

  await logIn(page, 'editor')
  await page.goto('/admin/collections/newsletter-issues/create')
  await page.getByLabel('Subject').fill(subject)
  await page.getByLabel('Intro').fill(`Hello from the e2e check ${stamp}.\n\nA second paragraph.`)
  await expect(page.locator('#field-concept')).not.toContainText('Select a value')
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await expect(page).toHaveURL(/\/newsletter-issues\/\d+$/)
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.locator('.gw-review__state')).toHaveText(/In review/)
  const id = Number(new URL(page.url()).pathname.split('/').at(-1))

  const headers = await apiHeaders(request, 'reviewer')
  const approved = await request.post(`/api/newsletter-issues/${id}/review`, { headers, data: { action: 'approve' } })
  expect(approved.status(), await approved.text()).toBe(200)
  const at = new Date(Date.now() + 3_000).toISOString()
  const scheduled = await request.post(`/api/newsletter-issues/${id}/schedule`, {
    headers,
    data: { type: 'publish', at },
  })
  expect(scheduled.status(), await scheduled.text()).toBe(201)
  expect(await pageText(request, '/newsletter')).not.toContain(subject)

  await expect.poll(() => pageText(request, '/newsletter'), { timeout: 20_000, intervals: [500] }).toContain(subject)
  const issue = await newestMailTo(reader, 2)
  expect(issue.subject).toBe(subject)
  expect(issue.headerLines.map((header) => header.line)).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
  expect(issue.html).toContain(`Hello from the e2e check ${stamp}.`)
  expect(issue.text).toContain(`Hello from the e2e check ${stamp}.`)
  await newestMailTo(waiting, 1)

  await page.goto('/newsletter')
  await page.getByRole('link', { name: subject }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(subject)
  await expect(page.getByText(`Hello from the e2e check ${stamp}.`)).toBeVisible()
  await expectAccessibleInBothThemes(page)

  await page.goto(linkIn(issue.text, '/newsletter/unsubscribe'))
  await page.getByRole('button', { name: 'Unsubscribe' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re unsubscribed')
})
