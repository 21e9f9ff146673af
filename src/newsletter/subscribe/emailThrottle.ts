// At most one email from the sign-up form to an inbox every ten minutes, however often it is
// asked and however its address is spelt (`+tags`, Gmail's dots): a pending reader gets a
// fresh link, not a flood, and nobody can mail-bomb an inbox through the form. Asking more
// often is answered exactly alike.
import type { Payload } from 'payload'
import { LIMITS } from '@/security/rateLimits/limits'
import { clear, hit } from '@/security/rateLimits/rateLimitStore'
import { mailboxOf } from './emailAddress'

const LIMIT = LIMITS.newsletterEmailPerAddress
const bucket = (email: string) => `newsletterEmailPerAddress:${mailboxOf(email)}`

/** Counts this request's email against the address; false when one went out within the window. */
export async function mayEmail(payload: Payload, email: string): Promise<boolean> {
  return (await hit(payload, bucket(email), LIMIT)).hits <= LIMIT.max
}

/** Forgets the window: the email did not go out after all, or the opt-in it guarded is complete. */
export async function releaseEmailWindow(payload: Payload, email: string): Promise<void> {
  await clear(payload, bucket(email))
}
