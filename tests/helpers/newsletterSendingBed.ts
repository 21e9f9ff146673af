// What the newsletter's sending tests share: readers at a domain of the test file's own, draft
// issues featuring a published concept and use case, real SMTP servers to send to, and what
// the database recorded of each delivery. Settings a test changes are put back after it, its
// readers stop receiving once it ends, and the file's readers are deleted after its tests.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { relationId } from '@/fields/relationId'
import type { Concept, NewsletterIssue, Subscriber, UseCase } from '@/payload-types'
import type { DeliveryState } from '@/newsletter/deliveryStates'
import type { SubscriberState } from '@/newsletter/subscriberStates'
import type { SendInput } from '@/newsletter/sending/sendIssue'
import { unique } from './fixtures'
import { featurable } from './newsletterFixtures'
import { testPayload } from './payload'
import { startSmtpPeer, type SmtpPeer, type SmtpPeerOptions } from './smtpPeer'

const SETTINGS = [
  'SMTP_URL',
  'NEWSLETTER_SMTP_CONNECTIONS',
  'NEWSLETTER_BATCH_SIZE',
  'NEWSLETTER_RETRY_AFTER_SECONDS',
] as const

export const sendInput = (issue: NewsletterIssue): SendInput => ({
  issue: issue.id,
  recipientsConfirmedBy: new Date().toISOString(),
})

/** What one reader received of one issue. */
export const inbox = (peer: SmtpPeer, address: string, issue: NewsletterIssue) =>
  peer.to(address).filter((mail) => mail.parsed.subject === issue.subject)

export const received = (peer: SmtpPeer, issue: NewsletterIssue) =>
  peer.received.filter((mail) => mail.parsed.subject === issue.subject)

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Registers the file's set-up and clean-up; every reader it makes has an address at `domain`. */
export function newsletterSendingBed(domain: string) {
  const settingsBefore = Object.fromEntries(SETTINGS.map((name) => [name, process.env[name]]))
  const peers: SmtpPeer[] = []
  let payload: Payload
  let featured: { concept: Concept; useCase: UseCase }
  const database = () => (payload.db as unknown as PostgresAdapter).drizzle

  beforeAll(async () => {
    payload = await testPayload()
    featured = await featurable(payload)
  })

  afterEach(async () => {
    for (const name of SETTINGS) {
      if (settingsBefore[name] === undefined) delete process.env[name]
      else process.env[name] = settingsBefore[name]
    }
    // Each test's readers receive that test's issues only.
    await database().execute(sql`
      update subscribers set status = 'unsubscribed', unsubscribed_at = now()
      where email like ${`%@${domain}`} and status = 'confirmed'
    `)
  })

  afterAll(async () => {
    // Issues sent by later test files must not go to these readers.
    await database().execute(sql`delete from subscribers where email like ${`%@${domain}`}`)
    await Promise.all(peers.map((peer) => peer.close()))
  })

  async function reader(status: SubscriberState, label: string = status): Promise<Subscriber> {
    const now = new Date().toISOString()
    return payload.create({
      collection: 'subscribers',
      data: {
        email: `${label}-${unique('reader').replace(/\W/g, '').toLowerCase()}@${domain}`,
        status,
        consentAt: now,
        consentSource: 'newsletter',
        ...(status !== 'pending' && { confirmedAt: now }),
        ...(status === 'unsubscribed' && { unsubscribedAt: now }),
        ...(status === 'bounced' && { bouncedAt: now }),
      },
    })
  }

  async function deliveries(issue: NewsletterIssue): Promise<Map<number, { status: DeliveryState; attempts: number }>> {
    const { docs } = await payload.find({
      collection: 'newsletter-deliveries',
      where: { issue: { equals: issue.id } },
      depth: 0,
      pagination: false,
    })
    return new Map(docs.map((row) => [relationId(row.subscriber)!, { status: row.status, attempts: row.attempts }]))
  }

  return {
    /** The published concept and use case every issue here features. */
    featured: () => featured,
    database,
    /** A real SMTP server that this test's sends go to. */
    async smtpPeer(options?: SmtpPeerOptions): Promise<SmtpPeer> {
      const peer = await startSmtpPeer(options)
      peers.push(peer)
      process.env.SMTP_URL = peer.url
      return peer
    },
    reader,
    confirmedReaders: (count: number) => Promise.all(Array.from({ length: count }, () => reader('confirmed'))),
    draftIssue(): Promise<NewsletterIssue> {
      return payload.create({
        collection: 'newsletter-issues',
        draft: true,
        data: {
          subject: unique('This week: attention'),
          intro: 'Hello readers.\n\nThis week is about attention.',
          concept: featured.concept.id,
          useCase: featured.useCase.id,
        },
      })
    },
    deliveries,
    async statesOf(issue: NewsletterIssue, readers: Subscriber[]) {
      const rows = await deliveries(issue)
      return readers.map((one) => rows.get(one.id)?.status)
    },
  }
}
