// The subscriber reads and writes the reader's own actions need. Nobody may write subscribers
// through the API (collections/Subscribers): these run on the server for the reader, whose
// proof is the address they can read mail at or a token from an email sent there.
import type { Payload } from 'payload'
import type { Subscriber } from '@/payload-types'

type SubscriberChanges = Partial<Omit<Subscriber, 'id' | 'email' | 'createdAt' | 'updatedAt'>>

async function firstSubscriber(payload: Payload, where: Parameters<Payload['find']>[0]['where']) {
  const { docs } = await payload.find({
    collection: 'subscribers',
    where,
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] as Subscriber | undefined
}

export const subscriberWithEmail = (payload: Payload, email: string) =>
  firstSubscriber(payload, { email: { equals: email } })

export const pendingSubscriberWithTokenHash = (payload: Payload, confirmTokenHash: string) =>
  firstSubscriber(payload, {
    and: [{ confirmTokenHash: { equals: confirmTokenHash } }, { status: { equals: 'pending' } }],
  })

export const subscriberWithId = (payload: Payload, id: number) => firstSubscriber(payload, { id: { equals: id } })

export async function addSubscriber(
  payload: Payload,
  data: SubscriberChanges & Pick<Subscriber, 'email' | 'status'>,
): Promise<void> {
  await payload.create({ collection: 'subscribers', data, depth: 0, overrideAccess: true })
}

export async function changeSubscriber(payload: Payload, id: number, data: SubscriberChanges): Promise<void> {
  await payload.update({ collection: 'subscribers', id, data, depth: 0, overrideAccess: true })
}
