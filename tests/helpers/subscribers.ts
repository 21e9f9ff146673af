// Newsletter subscribers as the database holds them, for tests to set up and check.
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Subscriber } from '@/payload-types'
import { newAddress } from './newsletterRequests'

const DAY = 24 * 60 * 60 * 1000

export async function subscriber(payload: Payload, email: string): Promise<Subscriber | undefined> {
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  return docs[0]
}

/** A subscriber in this state, who gave consent a month ago. */
export async function subscriberIn(
  payload: Payload,
  status: Subscriber['status'],
  email = newAddress(status),
): Promise<Subscriber> {
  return payload.create({
    collection: 'subscribers',
    data: { email, status, consentAt: new Date(Date.now() - 30 * DAY).toISOString(), consentSource: 'concept' },
    overrideAccess: true,
  })
}

/** Moves an address's ten-minute email window into the past, as if the time had gone by. */
export async function letEmailWindowPass(payload: Payload, email: string) {
  await (payload.db as unknown as PostgresAdapter).drizzle.execute(
    sql`update rate_limits set window_started_at = now() - interval '11 minutes' where bucket = ${`newsletterEmailPerAddress:${email}`}`,
  )
}
