// The second half of the double opt-in: the token from the confirmation email, posted from
// the page it opens (link scanners GET every link in a mail, so GET never confirms).
import type { Payload } from 'payload'
import type { Subscriber } from '@/payload-types'
import { hasExpired, hashConfirmToken, isWellFormedConfirmToken } from './confirmToken'
import { releaseEmailWindow } from './emailThrottle'
import { changeSubscriber, pendingSubscriberWithTokenHash } from './subscriberRecords'

export type ConfirmOutcome = 'confirmed' | 'malformed' | 'expired-or-used'

/** The pending subscriber a live token belongs to; undefined for a forged, used or expired one. */
export async function pendingConfirmation(payload: Payload, token: unknown, now = new Date()) {
  if (!isWellFormedConfirmToken(token)) return undefined
  const subscriber: Subscriber | undefined = await pendingSubscriberWithTokenHash(payload, hashConfirmToken(token))
  return subscriber && !hasExpired(subscriber.confirmTokenExpiresAt, now) ? subscriber : undefined
}

/** Confirms the address once: the token is cleared, so the same link cannot confirm again. */
export async function confirmSubscription(payload: Payload, token: unknown, now = new Date()): Promise<ConfirmOutcome> {
  if (!isWellFormedConfirmToken(token)) return 'malformed'
  const subscriber = await pendingConfirmation(payload, token, now)
  if (!subscriber) return 'expired-or-used'
  await changeSubscriber(payload, subscriber.id, {
    status: 'confirmed',
    confirmedAt: now.toISOString(),
    confirmTokenHash: null,
    confirmTokenExpiresAt: null,
  })
  // The ten-minute email window guarded the opt-in; a sign-up from now on gets its note at once.
  await releaseEmailWindow(payload, subscriber.email)
  return 'confirmed'
}
