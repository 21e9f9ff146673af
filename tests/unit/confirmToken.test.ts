import { describe, expect, it } from 'vitest'
import {
  CONFIRM_TOKEN_LIFETIME_HOURS,
  hasExpired,
  hashConfirmToken,
  isWellFormedConfirmToken,
  newConfirmToken,
} from '@/newsletter/subscribe/confirmToken'

const NOW = new Date('2026-12-01T09:00:00Z')
const HOUR = 60 * 60 * 1000

describe('a confirmation token', () => {
  it('is random, URL-safe and well formed, and only its SHA-256 is kept', () => {
    const first = newConfirmToken(NOW)
    const second = newConfirmToken(NOW)
    expect(first.token).not.toBe(second.token)
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(isWellFormedConfirmToken(first.token)).toBe(true)
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(first.hash).not.toContain(first.token)
    expect(hashConfirmToken(first.token)).toBe(first.hash)
    expect(hashConfirmToken(second.token)).not.toBe(first.hash)
  })

  it(`expires ${CONFIRM_TOKEN_LIFETIME_HOURS} hours after it was made, not a moment later`, () => {
    const { expiresAt } = newConfirmToken(NOW)
    expect(expiresAt.getTime() - NOW.getTime()).toBe(48 * HOUR)
    const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR)
    expect(hasExpired(expiresAt.toISOString(), at(47.99))).toBe(false)
    expect(hasExpired(expiresAt.toISOString(), at(48))).toBe(true)
    expect(hasExpired(expiresAt.toISOString(), at(72))).toBe(true)
  })

  it('never worked without an expiry', () => {
    expect(hasExpired(null, NOW)).toBe(true)
    expect(hasExpired(undefined, NOW)).toBe(true)
  })

  it.each([undefined, 42, '', 'short', `${'a'.repeat(42)}=`, `${'a'.repeat(44)}`, `${'a'.repeat(42)}/`])(
    'refuses %j as malformed before anything is looked up',
    (token) => {
      expect(isWellFormedConfirmToken(token)).toBe(false)
    },
  )
})
