// The newsletter part of `npm run bench`, which also runs alone:
//   tsx tests/bench/newsletterSend.ts [origin of a running site]
// Sends an issue to BENCH_SUBSCRIBERS (default 10,000) confirmed readers on a fresh database,
// through a local SMTP sink, and reports the send rate. The send runs in a process of its own
// (newsletterSender.ts), standing in for the server process whose job runner sends; it reports
// how that process answers meanwhile (event-loop delay, a concept read through the Local API).
// Given a running site, it also times GETs of a concept page there, before and during the send:
// what a send on the same machine costs readers. The send goes as fast as the sink takes it
// unless NEWSLETTER_SEND_RATE says otherwise.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { projectRoot } from '@/db/projectPaths'
import { createFreshDatabase, migrateDatabase } from '../helpers/freshDatabase'
import { scriptInChild } from '../helpers/scriptInChild'
import { percentile } from '../support/latency'
import type { SenderFigures } from './newsletterSender'
import { startSmtpSink } from './smtpSink'
import { timedGet } from './timedGet'

export type ReaderLatency = { requests: number; 'p50 ms': number; 'p95 ms': number }

export type NewsletterFigures = SenderFigures & {
  smtpAccepted: number
  page?: { url: string; beforeSend: ReaderLatency; duringSend: ReaderLatency }
}

/** Readers requesting the page at once, before and during the send. */
const READERS = 4
const REQUESTS_BEFORE = 200
const DEFAULT_PAGE = '/concepts/foundation-model'

function latency(samples: number[]): ReaderLatency {
  const sorted = [...samples].sort((a, b) => a - b)
  const round = (ms: number) => Number(ms.toFixed(1))
  return { requests: samples.length, 'p50 ms': round(percentile(sorted, 50)), 'p95 ms': round(percentile(sorted, 95)) }
}

/** `READERS` clients requesting `url` until `done()`, or `total` requests when given. */
async function readPage(url: string, { total, done }: { total?: number; done?: () => boolean }): Promise<number[]> {
  const samples: number[] = []
  const more = () => (total === undefined ? !done?.() : samples.length < total)
  await Promise.all(
    Array.from({ length: READERS }, async () => {
      while (more()) samples.push(await timedGet(url))
    }),
  )
  return samples
}

/** Resolves `sending` when the sender starts sending, and `result` with its RESULT once it exits. */
function startSender(env: Record<string, string>) {
  const child = scriptInChild('tests/bench/newsletterSender.ts', env)
  let output = ''
  const sending = new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('SENDING')) resolve()
    }),
  )
  const result = new Promise<SenderFigures>((resolve, reject) =>
    child.once('exit', (code) => {
      const line = output.split('\n').find((entry) => entry.startsWith('RESULT '))
      if (code === 0 && line) resolve(JSON.parse(line.slice('RESULT '.length)) as SenderFigures)
      else reject(Object.assign(new Error(`The sender ended with exit code ${code} and no result.`), { code }))
    }),
  )
  return { sending: Promise.race([sending, result]), result }
}

/** The sender, once sending. */
async function sendingSender(env: Record<string, string>) {
  const sender = startSender(env)
  await sender.sending
  return sender
}

export async function benchNewsletterSend({
  recipients,
  origin,
  page = DEFAULT_PAGE,
}: {
  recipients: number
  origin?: string
  page?: string
}): Promise<NewsletterFigures> {
  const database = await createFreshDatabase('bench-newsletter')
  const sink = await startSmtpSink()
  try {
    await migrateDatabase(database)
    const url = origin && `${origin}${page}`
    if (url) await readPage(url, { total: 20 })
    const beforeSend = url ? await readPage(url, { total: REQUESTS_BEFORE }) : []
    const sender = await sendingSender({
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: database.secret,
      SITE_URL: origin ?? process.env.SITE_URL ?? 'http://localhost:3000',
      SMTP_URL: sink.url,
      NEWSLETTER_SEND_RATE: process.env.NEWSLETTER_SEND_RATE ?? '0',
      BENCH_SUBSCRIBERS: String(recipients),
    })
    let finished = false
    const [figures, duringSend] = await Promise.all([
      sender.result.finally(() => (finished = true)),
      url ? readPage(url, { done: () => finished }) : [],
    ])
    return {
      ...figures,
      smtpAccepted: sink.accepted(),
      ...(url && { page: { url, beforeSend: latency(beforeSend), duringSend: latency(duringSend) } }),
    }
  } finally {
    await sink.close()
    await database.drop()
  }
}

export function printNewsletterFigures(figures: NewsletterFigures): void {
  const { localRead, eventLoopDelay, page } = figures
  console.table([{ recipients: figures.recipients, sent: figures.sent, 'accepted by SMTP': figures.smtpAccepted }])
  console.log(`Send rate: ${figures['messages/s']} messages/s (${figures.seconds} s in all)`)
  console.log('The sending process meanwhile (ms):')
  console.table({ 'Local API read, idle': localRead.idle, 'Local API read, sending': localRead.sending })
  console.table({ 'event-loop delay while sending': eventLoopDelay })
  if (page) {
    console.log(`Readers of ${page.url}, ${READERS} at a time:`)
    console.table({ 'before the send': page.beforeSend, 'during the send': page.duringSend })
  }
}

async function main() {
  const figures = await benchNewsletterSend({
    recipients: Number(process.env.BENCH_SUBSCRIBERS ?? 10_000),
    origin: process.argv[2],
  })
  printNewsletterFigures(figures)
  const folder = path.join(projectRoot, 'tests/bench/results')
  fs.mkdirSync(folder, { recursive: true })
  const file = path.join(folder, `newsletter-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  fs.writeFileSync(
    file,
    JSON.stringify({ cores: os.cpus().length, node: process.version, newsletter: figures }, null, 2),
  )
  console.log(`\nSaved in ${file}`)
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
}
