// A sign-up, the first half of the double opt-in. A new, pending, unsubscribed or bounced
// address becomes pending with this consent and a new single-use link, sent to it; a
// confirmed one is told it already is. Which of these happened is never said to the asker.
import type { Payload } from 'payload'
import type { SignUpForm } from '@/newsletter/subscriberStates'
import type { Subscriber } from '@/payload-types'
import { newConfirmToken } from './confirmToken'
import { mayEmail, releaseEmailWindow } from './emailThrottle'
import { sendAlreadySubscribed, sendConfirmation } from './signUpEmails'
import { addSubscriber, changeSubscriber, subscriberWithEmail } from './subscriberRecords'

export type SignUpRequest = { email: string; source: SignUpForm }
/** `held`: an email went to this address minutes ago, so nothing was changed or sent. */
export type SignUpOutcome = 'emailed' | 'held' | 'not-sent'

/** Records the consent and a new token (the old link stops working); returns the token for the email. */
async function startOptIn(payload: Payload, subscriber: Subscriber | undefined, request: SignUpRequest, now: Date) {
  const { token, hash, expiresAt } = newConfirmToken(now)
  const pending = {
    status: 'pending' as const,
    consentAt: now.toISOString(),
    consentSource: request.source,
    confirmTokenHash: hash,
    confirmTokenExpiresAt: expiresAt.toISOString(),
    confirmationSentAt: now.toISOString(),
  }
  if (subscriber) await changeSubscriber(payload, subscriber.id, pending)
  else await addSubscriber(payload, { email: request.email, ...pending })
  return token
}

/** Makes the changes the sign-up calls for; returns the email to send. */
async function prepareEmail(payload: Payload, subscriber: Subscriber | undefined, request: SignUpRequest, now: Date) {
  if (subscriber?.status === 'confirmed') return () => sendAlreadySubscribed(payload, request.email, subscriber.id)
  const token = await startOptIn(payload, subscriber, request, now)
  return () => sendConfirmation(payload, request.email, token)
}

export async function signUp(payload: Payload, request: SignUpRequest, now = new Date()): Promise<SignUpOutcome> {
  const subscriber = await subscriberWithEmail(payload, request.email)
  if (!(await mayEmail(payload, request.email))) return 'held'
  const send = await prepareEmail(payload, subscriber, request, now)
  try {
    await send()
    return 'emailed'
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: `Newsletter sign-up email (subscriber ${subscriber?.id ?? 'new'}) not sent`,
    })
    await releaseEmailWindow(payload, request.email)
    return 'not-sent'
  }
}
