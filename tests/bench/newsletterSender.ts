// The sending side of the newsletter bench, in a process of its own as the server process that
// runs jobs would be (newsletterSend.ts starts it). On a fresh, migrated database it writes
// BENCH_SUBSCRIBERS confirmed readers with one INSERT … SELECT generate_series and an issue,
// then sends the issue with sendIssue to SMTP_URL, run after run until nothing is left. Before
// and while it sends, it reads a concept through the Local API, as this process would for a
// reader's page, and watches its own event loop. Prints SENDING when the send starts, and at
// the end one line: RESULT {json}.
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import config from '@payload-config'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { getPayload, type Payload } from 'payload'
import { sendIssue, type SendInput } from '@/newsletter/sending/sendIssue'
import { percentile } from '../support/latency'
import { featurable } from '../helpers/newsletterFixtures'

export type SenderFigures = {
  recipients: number
  sent: number
  seconds: number
  'messages/s': number
  /** A concept read through the Local API, idle and while sending (ms). */
  localRead: { idle: Percentiles; sending: Percentiles }
  /** How late the event loop ran timers while sending (ms). */
  eventLoopDelay: { p50: number; p99: number; max: number }
}

type Percentiles = { reads: number; p50: number; p95: number }

const PROBE_PAUSE_MS = 20
const LOOP_RESOLUTION_MS = 10

const round = (ms: number) => Number(ms.toFixed(1))

function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b)
  return { reads: samples.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)) }
}

/** The histogram holds the time between its timer's runs, `LOOP_RESOLUTION_MS` apart when nothing holds the loop. */
const lateBy = (nanoseconds: number) => round(Math.max(0, nanoseconds / 1e6 - LOOP_RESOLUTION_MS))

async function fillReaders(payload: Payload, count: number): Promise<void> {
  await (payload.db as unknown as PostgresAdapter).drizzle.execute(sql`
    insert into subscribers (email, status, consent_at, consent_source, confirmed_at)
    select 'reader-' || n || '@bench.test', 'confirmed', now(), 'newsletter', now()
    from generate_series(1, ${count}) as n
  `)
}

async function timedRead(payload: Payload, slug: string): Promise<number> {
  const started = performance.now()
  await payload.find({ collection: 'concepts', where: { slug: { equals: slug } }, depth: 1, limit: 1 })
  return performance.now() - started
}

/** Sends until no delivery is left, waiting for retries when there are any. */
async function sendAll(payload: Payload, input: SendInput): Promise<number> {
  let sent = 0
  for (;;) {
    const outcome = await sendIssue(payload, input)
    sent += outcome.sent
    if (!outcome.retryAt) return sent
    await sleep(Math.max(0, outcome.retryAt.getTime() - Date.now()))
  }
}

async function main(): Promise<SenderFigures> {
  const recipients = Number(process.env.BENCH_SUBSCRIBERS)
  const payload = await getPayload({ config })
  const { concept, useCase } = await featurable(payload)
  const issue = await payload.create({
    collection: 'newsletter-issues',
    draft: true,
    data: { subject: 'The bench issue', intro: 'Hello readers.', concept: concept.id, useCase: useCase.id },
  })
  await fillReaders(payload, recipients)

  const idle: number[] = []
  for (let i = 0; i < 220; i++) {
    const ms = await timedRead(payload, concept.slug)
    if (i >= 20) idle.push(ms)
  }

  const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS })
  const duringSend: number[] = []
  let sending = true
  const probe = (async () => {
    while (sending) {
      duringSend.push(await timedRead(payload, concept.slug))
      await sleep(PROBE_PAUSE_MS)
    }
  })()
  console.log('SENDING')
  loop.enable()
  const started = performance.now()
  const sent = await sendAll(payload, { issue: issue.id, recipientsConfirmedBy: new Date().toISOString() })
  const seconds = (performance.now() - started) / 1000
  loop.disable()
  sending = false
  await probe
  return {
    recipients,
    sent,
    seconds: round(seconds),
    'messages/s': Math.round(sent / seconds),
    localRead: { idle: percentiles(idle), sending: percentiles(duringSend) },
    eventLoopDelay: { p50: lateBy(loop.percentile(50)), p99: lateBy(loop.percentile(99)), max: lateBy(loop.max) },
  }
}

main().then(
  (figures) => {
    console.log(`RESULT ${JSON.stringify(figures)}`)
    process.exit(0)
  },
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
