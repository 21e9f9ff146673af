// What the confirm and unsubscribe pages show for the token in their address. Pages read
// no subscriber themselves (they reach Payload only through src/content/cached, for
// published content); these reads are per reader and never cached.
import { payloadClient } from '@/content/payloadClient'
import { pendingConfirmation } from './confirmSubscription'
import { maskedAddress } from './emailAddress'
import { unsubscribeRequest, type UnsubscribeRequest } from './unsubscribe'

/** The address a live confirmation token would confirm, masked; undefined for a forged, used or expired one. */
export async function addressToConfirm(token: unknown): Promise<string | undefined> {
  const subscriber = await pendingConfirmation(await payloadClient(), token)
  return subscriber && maskedAddress(subscriber.email)
}

export async function unsubscribePageState(token: unknown): Promise<UnsubscribeRequest | undefined> {
  return unsubscribeRequest(await payloadClient(), token)
}
