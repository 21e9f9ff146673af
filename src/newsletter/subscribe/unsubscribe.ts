// Leaving the list: the signed token from an issue's link or List-Unsubscribe header is the
// only proof needed (RFC 8058 mail clients post it with no cookie or session). Only a POST
// unsubscribes; doing it twice, or for an address already deleted, is harmless.
import type { Payload } from 'payload'
import { subscriberOfToken } from '@/newsletter/unsubscribeLinks'
import { maskedAddress } from './emailAddress'
import { changeSubscriber, subscriberWithId } from './subscriberRecords'

export type UnsubscribeOutcome = 'unsubscribed' | 'invalid-link'

export async function unsubscribe(payload: Payload, token: unknown, now = new Date()): Promise<UnsubscribeOutcome> {
  const id = subscriberOfToken(payload, token)
  if (id === undefined) return 'invalid-link'
  const subscriber = await subscriberWithId(payload, id)
  if (subscriber && subscriber.status !== 'unsubscribed') {
    // The token goes too: a confirmation link still in the inbox must not sign them up again.
    await changeSubscriber(payload, id, {
      status: 'unsubscribed',
      unsubscribedAt: now.toISOString(),
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    })
  }
  return 'unsubscribed'
}

/** What the unsubscribe page shows for a token: whose address, and whether it is already off the list. */
export type UnsubscribeRequest = { maskedAddress?: string; alreadyUnsubscribed: boolean }

export async function unsubscribeRequest(payload: Payload, token: unknown): Promise<UnsubscribeRequest | undefined> {
  const id = subscriberOfToken(payload, token)
  if (id === undefined) return undefined
  const subscriber = await subscriberWithId(payload, id)
  if (!subscriber) return { alreadyUnsubscribed: true }
  return { maskedAddress: maskedAddress(subscriber.email), alreadyUnsubscribed: subscriber.status === 'unsubscribed' }
}
