import { describe, expect, it, vi } from 'vitest'
import { sendSettings } from '@/newsletter/sending/sendSettings'
import { smtpFailure } from '@/newsletter/sending/smtpFailure'

describe('what an SMTP error means', () => {
  const refusal = (code: number, command: string) =>
    Object.assign(new Error(`${code} refused`), { responseCode: code, command })

  it('takes a 5xx reply to the reader’s address as a bounce, and a 4xx or a failed connection as worth retrying', () => {
    expect(smtpFailure(refusal(550, 'RCPT TO')).bounced).toBe(true)
    expect(smtpFailure(Object.assign(refusal(550, 'DATA'), { recipient: 'a@example.com' })).bounced).toBe(true)
    expect(smtpFailure(refusal(451, 'RCPT TO')).bounced).toBe(false)
    expect(smtpFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })).bounced).toBe(false)
  })

  it('bounces nobody for a 5xx about the sending itself: the sign-in, the sender or the message', () => {
    for (const [code, command] of [
      [535, 'AUTH PLAIN'],
      [550, 'MAIL FROM'],
      [554, 'DATA'],
      [552, 'DATA'],
    ] as const) {
      expect(smtpFailure(refusal(code, command)).bounced, `${code} ${command}`).toBe(false)
    }
  })

  it('keeps the reason short enough to store', () => {
    expect(smtpFailure(new Error('x'.repeat(2_000))).reason).toHaveLength(500)
  })
})

describe('send settings', () => {
  it('has defaults that keep well under a provider’s limits', () => {
    for (const name of [
      'NEWSLETTER_SEND_RATE',
      'NEWSLETTER_SMTP_CONNECTIONS',
      'NEWSLETTER_BATCH_SIZE',
      'NEWSLETTER_RETRY_AFTER_SECONDS',
    ])
      vi.stubEnv(name, undefined)
    expect(sendSettings()).toEqual({
      ratePerSecond: 50,
      connections: 5,
      batchSize: 100,
      firstRetryAfterMs: 60_000,
      maxAttempts: 5,
    })
  })

  it('refuses a setting that is not a number, naming it', () => {
    vi.stubEnv('NEWSLETTER_SEND_RATE', 'fast')
    expect(() => sendSettings()).toThrow(/NEWSLETTER_SEND_RATE must be a number/)
    vi.stubEnv('NEWSLETTER_SEND_RATE', '10')
    vi.stubEnv('NEWSLETTER_BATCH_SIZE', '2.5')
    expect(() => sendSettings()).toThrow(/NEWSLETTER_BATCH_SIZE must be a whole number/)
  })
})
