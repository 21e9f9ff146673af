import { describe, expect, it } from 'vitest'
import { nextSendDate } from '@/newsletter/sendDate'
import { sendTimeLabel } from '@/newsletter/sendTimeLabel'

describe('the default send date', () => {
  it('is the coming Tuesday at 09:00 in the newsletter’s zone', () => {
    expect(nextSendDate(new Date('2026-11-30T12:00:00Z'), 'UTC').toISOString()).toBe('2026-12-01T09:00:00.000Z')
    expect(nextSendDate(new Date('2026-11-30T12:00:00Z'), 'Europe/Berlin').toISOString()).toBe(
      '2026-12-01T08:00:00.000Z',
    )
    expect(nextSendDate(new Date('2026-11-30T12:00:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-12-01T14:00:00.000Z',
    )
  })

  it('moves to the next week once this Tuesday’s 09:00 has passed, and not before', () => {
    expect(nextSendDate(new Date('2026-12-01T08:59:00Z'), 'UTC').toISOString()).toBe('2026-12-01T09:00:00.000Z')
    expect(nextSendDate(new Date('2026-12-01T09:00:00Z'), 'UTC').toISOString()).toBe('2026-12-08T09:00:00.000Z')
  })

  it('keeps 09:00 on the wall clock across a change of daylight saving time', () => {
    // Europe/Berlin leaves summer time on Sunday 25 October 2026.
    expect(nextSendDate(new Date('2026-10-24T12:00:00Z'), 'Europe/Berlin').toISOString()).toBe(
      '2026-10-27T08:00:00.000Z',
    )
    expect(nextSendDate(new Date('2026-10-19T12:00:00Z'), 'Europe/Berlin').toISOString()).toBe(
      '2026-10-20T07:00:00.000Z',
    )
  })

  it('reads as words in the newsletter’s zone', () => {
    expect(sendTimeLabel('2026-12-01T08:00:00.000Z', 'Europe/Berlin')).toBe(
      'Tuesday, 1 December 2026, 09:00 (Europe/Berlin)',
    )
    expect(sendTimeLabel('not a date', 'UTC')).toBe('an unknown time')
  })
})
