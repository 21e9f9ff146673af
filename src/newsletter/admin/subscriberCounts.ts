// How many readers stand where: what editors and reviewers may see of the list.
import type { Payload } from 'payload'
import { SUBSCRIBER_STATES, type SubscriberState } from '@/newsletter/subscriberStates'

export type SubscriberCounts = Record<SubscriberState, number>

export async function subscriberCounts(payload: Payload): Promise<SubscriberCounts> {
  const counts = await Promise.all(
    SUBSCRIBER_STATES.map(async (status) => {
      const { totalDocs } = await payload.count({
        collection: 'subscribers',
        where: { status: { equals: status } },
        overrideAccess: true,
      })
      return [status, totalDocs] as const
    }),
  )
  return Object.fromEntries(counts) as SubscriberCounts
}
