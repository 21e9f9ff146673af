import { afterEach, describe, expect, it } from 'vitest'
import { sendSettings } from '@/newsletter/sending/sendSettings'
import { smtpFailure } from '@/newsletter/sending/smtpFailure'

describe('what an SMTP error means', () => {
  it('takes a 5xx reply as a bounce and a 4xx or a failed connection as worth retrying', () => {
    expect(smtpFailure(Object.assign(new Error('550 no such mailbox'), { responseCode: 550 })).permanent).toBe(true)
    expect(smtpFailure(Object.assign(new Error('451 try later'), { responseCode: 451 })).permanent).toBe(false)
    expect(smtpFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })).permanent).toBe(
      false,
    )
  })

  it('keeps the reason short enough to store', () => {
    expect(smtpFailure(new Error('x'.repeat(2_000))).reason).toHaveLength(500)
  })
})

describe('send settings', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  it('has defaults that keep well under a provider’s limits', () => {
    for (const name of [
      'NEWSLETTER_SEND_RATE',
      'NEWSLETTER_SMTP_CONNECTIONS',
      'NEWSLETTER_BATCH_SIZE',
      'NEWSLETTER_RETRY_AFTER_SECONDS',
    ])
      delete process.env[name]
    expect(sendSettings()).toEqual({
      ratePerSecond: 50,
      connections: 5,
      batchSize: 100,
      firstRetryAfterMs: 60_000,
      maxAttempts: 5,
    })
  })

  it('refuses a setting that is not a number, naming it', () => {
    process.env.NEWSLETTER_SEND_RATE = 'fast'
    expect(() => sendSettings()).toThrow(/NEWSLETTER_SEND_RATE must be a number/)
    process.env.NEWSLETTER_SEND_RATE = '10'
    process.env.NEWSLETTER_BATCH_SIZE = '2.5'
    expect(() => sendSettings()).toThrow(/NEWSLETTER_BATCH_SIZE must be a whole number/)
  })
})
