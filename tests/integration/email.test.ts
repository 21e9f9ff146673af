import { describe, expect, it } from 'vitest'
import { rest } from '../helpers/api'
import { capturedMailTo } from '../helpers/mailbox'
import { createUser, testPayload } from '../helpers/payload'

describe('email', () => {
  it('sends a password reset link to the account holder, captured locally', async () => {
    const payload = await testPayload()
    const user = await createUser(payload, ['editor'])
    const response = await rest('POST', 'users/forgot-password', { body: { email: user.email } })
    expect(response.status).toBe(200)
    // It goes out after the answer (src/security/passwordResetRequest.ts).
    await expect.poll(() => capturedMailTo(user.email).length, { timeout: 10_000 }).toBe(1)
    const messages = capturedMailTo(user.email)
    expect(messages[0]).toMatch(/^From: "?Groundwork"? <no-reply@groundwork\.test>/m)
    expect(messages[0].replace(/=\r?\n/g, '')).toMatch(/http:\/\/groundwork\.test\/admin\/reset\/[a-f0-9]+/)
  })
})
