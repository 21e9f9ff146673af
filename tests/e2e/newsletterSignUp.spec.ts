// A reader signs up from the home page, confirms from the email, and later unsubscribes from
// an email's link. The forms are plain HTML posts (no script of ours takes part); axe, which
// checks each page on the way in both themes while it is open, needs JavaScript in the page.
// The production server captures its mail as .eml files, read as a mail client would.
import { expect, test, type APIRequestContext } from '@playwright/test'
import { expectAccessibleInBothThemes } from './axeChecks'
import { linkIn, newestMailTo } from './capturedMail'

/** Signs the address up again as another form would (the page itself was checked once already). */
async function signUpAgain(request: APIRequestContext, email: string) {
  const response = await request.post('/api/newsletter/subscribe', {
    form: { email, source: 'concept', website: '' },
    maxRedirects: 0,
  })
  expect(response.status()).toBe(303)
}

test('a reader subscribes from the home page, confirms from the email, and unsubscribes from a later one', async ({
  page,
  request,
}) => {
  const email = `reader-${Date.now()}@example.com`

  await page.goto('/')
  const form = page.getByRole('complementary', { name: 'One concept and one use case, every Tuesday' })
  await form.getByLabel('Email address').fill(email)
  await form.getByRole('button', { name: 'Subscribe' }).click()
  await expect(page).toHaveURL(/\/newsletter\/signed-up$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your inbox')
  await expectAccessibleInBothThemes(page)

  const confirmation = await newestMailTo(email, 1)
  expect(confirmation.subject).toBe('Confirm your Groundwork subscription')
  await page.goto(linkIn(confirmation.text, '/newsletter/confirm'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your subscription')
  await expect(page.getByText(`${email[0]}•••@example.com`)).toBeVisible()
  await expectAccessibleInBothThemes(page)
  await page.getByRole('button', { name: 'Confirm my subscription' }).click()
  await expect(page).toHaveURL(/\/newsletter\/subscribed$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re subscribed')
  await expectAccessibleInBothThemes(page)

  // Signing up again brings a note that the address is already subscribed, with its unsubscribe link.
  await signUpAgain(request, email)
  const note = await newestMailTo(email, 2)
  expect(note.subject).toBe('You’re already subscribed to Groundwork')
  await page.goto(linkIn(note.text, '/newsletter/unsubscribe'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unsubscribe from Groundwork')
  await expectAccessibleInBothThemes(page)
  await page.getByRole('button', { name: 'Unsubscribe' }).click()
  await expect(page).toHaveURL(/\/newsletter\/unsubscribed$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re unsubscribed')
  await expect(page.getByRole('link', { name: 'Sign up again' })).toHaveAttribute('href', '/newsletter#sign-up')
  await expectAccessibleInBothThemes(page)
})
