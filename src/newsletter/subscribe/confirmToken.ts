// The double opt-in's token: 32 random bytes in the confirmation link. Only its SHA-256 is
// stored, so a copy of the database confirms nobody; it works once, for 48 hours.
import crypto from 'node:crypto'

export const CONFIRM_TOKEN_LIFETIME_HOURS = 48
const CONFIRM_TOKEN_LIFETIME_MS = CONFIRM_TOKEN_LIFETIME_HOURS * 60 * 60 * 1000
const CONFIRM_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

export type ConfirmToken = { token: string; hash: string; expiresAt: Date }

export function hashConfirmToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex')
}

export function newConfirmToken(now: Date): ConfirmToken {
  const token = crypto.randomBytes(32).toString('base64url')
  return { token, hash: hashConfirmToken(token), expiresAt: new Date(now.getTime() + CONFIRM_TOKEN_LIFETIME_MS) }
}

/** A token as newConfirmToken makes them: anything else is refused before the database is asked. */
export function isWellFormedConfirmToken(token: unknown): token is string {
  return typeof token === 'string' && CONFIRM_TOKEN_PATTERN.test(token)
}

/** A token without an expiry never worked; one whose expiry has come works no more. */
export function hasExpired(expiresAt: string | null | undefined, now: Date): boolean {
  return !expiresAt || new Date(expiresAt).getTime() <= now.getTime()
}
