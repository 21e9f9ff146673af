// A staff member who forgot their password asks on the admin's form, gets the email, and sets
// a new password through its link. (That the answer is the same for an address with no
// account, and comes before the email, is in signInProtection.test.ts.)
import { expect, test } from '@playwright/test'
import { apiHeaders } from './apiSession'
import { newestMailTo } from './capturedMail'

test('the admin’s Forgot password form leads, through the email, to a new password that signs in', async ({
  page,
  request,
}) => {
  const email = `forgetful-${Date.now().toString(36)}@example.test`
  const created = await request.post('/api/users', {
    headers: await apiHeaders(request, 'admin'),
    data: { name: 'Forgetful Editor', email, password: 'the password I forgot' },
  })
  expect(created.status()).toBe(201)

  await page.goto('/admin/forgot')
  await page.getByLabel('Email').fill(email)
  await page.getByRole('button', { name: 'Submit' }).click()
  await expect(page.getByText('If the email address is associated with an account')).toBeVisible()

  const mail = await newestMailTo(email, 1)
  const link = /https?:\/\/[^\s"<]+\/admin\/reset\/[a-f0-9]+/.exec(String(mail.html ?? mail.text))?.[0]
  expect(link, 'a reset link in the email').toBeDefined()
  await page.goto(new URL(link!).pathname)
  await page.getByLabel('New Password').fill('a new password to remember')
  await page.getByLabel('Confirm Password').fill('a new password to remember')
  await page.getByRole('button', { name: 'Reset Password' }).click()
  await expect(page).toHaveURL(/\/admin$/)

  const signIn = await request.post('/api/users/login', { data: { email, password: 'a new password to remember' } })
  expect(signIn.status()).toBe(200)
})
