// What an admin may take out of the list: everything held about one reader (a data subject
// access request), or the whole list as CSV.
import type { Payload } from 'payload'
import type { Subscriber } from '@/payload-types'

const CSV_COLUMNS = [
  'email',
  'status',
  'consentAt',
  'consentSource',
  'confirmedAt',
  'unsubscribedAt',
  'bouncedAt',
] as const

/** A CSV field, quoted when it must be, and never read as a formula by a spreadsheet. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function subscribersCsv(subscribers: Pick<Subscriber, (typeof CSV_COLUMNS)[number]>[]): string {
  const rows = subscribers.map((subscriber) => CSV_COLUMNS.map((column) => csvField(subscriber[column])).join(','))
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n'
}

export async function allSubscribers(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'subscribers',
    overrideAccess: true,
    pagination: false,
    limit: 0,
    sort: 'consentAt',
    depth: 0,
    select: Object.fromEntries(CSV_COLUMNS.map((column) => [column, true])),
  })
  return docs
}

/** One reader's record and every issue sent to them, without the secrets that serve the opt-in. */
export async function subscriberRecord(payload: Payload, id: number) {
  const subscriber = await payload.findByID({ collection: 'subscribers', id, overrideAccess: true, depth: 0 })
  const { docs } = await payload.find({
    collection: 'newsletter-deliveries',
    where: { subscriber: { equals: id } },
    overrideAccess: true,
    pagination: false,
    limit: 0,
    depth: 1,
  })
  const { confirmTokenHash: _hash, confirmTokenExpiresAt: _expiry, ...held } = subscriber
  return {
    subscriber: held,
    deliveries: docs.map((delivery) => ({
      issue: typeof delivery.issue === 'object' ? delivery.issue.subject : delivery.issue,
      status: delivery.status,
      sentAt: delivery.sentAt ?? null,
    })),
  }
}
