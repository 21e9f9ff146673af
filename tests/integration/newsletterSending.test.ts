// Sending an issue, as readers' inboxes show it: a real SMTP server (tests/helpers/smtpPeer)
// receives whatever the sender hands over. Only confirmed readers get an issue, each exactly
// once and with their own one-click unsubscribe; runs sending at once (here and in another
// process), or a run killed by SIGKILL and resumed, never give anyone a second copy; a 550
// bounces the reader for good; a 451 is tried again after a wait.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { relationId } from '@/fields/relationId'
import type { Concept, NewsletterIssue, Subscriber, UseCase, User } from '@/payload-types'
import type { DeliveryState } from '@/newsletter/deliveryStates'
import type { SubscriberState } from '@/newsletter/subscriberStates'
import { subscriberOfToken, unsubscribeLinks } from '@/newsletter/unsubscribeLinks'
import { recordRecipients } from '@/newsletter/sending/recordRecipients'
import { resumeInterruptedSends, resumeSendsAtStart } from '@/newsletter/sending/resumeInterruptedSends'
import { sendIssue, type SendInput } from '@/newsletter/sending/sendIssue'
import { SEND_TASK } from '@/newsletter/sending/sendTask'
import { conceptPath, useCasePath } from '@/routes'
import { absoluteUrl } from '@/seo/siteUrl'
import { unique } from '../helpers/fixtures'
import { featurable } from '../helpers/newsletterFixtures'
import { createUser, testPayload } from '../helpers/payload'
import { auditTrail } from '../helpers/review'
import { saidLine, scriptInChild, type ScriptChild } from '../helpers/scriptInChild'
import { startSmtpPeer, type ReceivedMail, type SmtpPeer, type SmtpPeerOptions } from '../helpers/smtpPeer'

/** Every reader made here has an address at this domain, and is deleted at the end. */
const DOMAIN = 'newsletter-sending.test'
const SETTINGS = [
  'SMTP_URL',
  'NEWSLETTER_SMTP_CONNECTIONS',
  'NEWSLETTER_BATCH_SIZE',
  'NEWSLETTER_RETRY_AFTER_SECONDS',
] as const
const settingsBefore = Object.fromEntries(SETTINGS.map((name) => [name, process.env[name]]))

let payload: Payload
let concept: Concept
let useCase: UseCase
const peers: SmtpPeer[] = []

beforeAll(async () => {
  payload = await testPayload()
  ;({ concept, useCase } = await featurable(payload))
})

afterEach(async () => {
  for (const name of SETTINGS) {
    if (settingsBefore[name] === undefined) delete process.env[name]
    else process.env[name] = settingsBefore[name]
  }
  // Each test's readers receive that test's issues only.
  await database().execute(sql`
    update subscribers set status = 'unsubscribed', unsubscribed_at = now()
    where email like ${`%@${DOMAIN}`} and status = 'confirmed'
  `)
})

afterAll(async () => {
  // Issues sent by later test files must not go to these readers.
  await database().execute(sql`delete from subscribers where email like ${`%@${DOMAIN}`}`)
  await Promise.all(peers.map((peer) => peer.close()))
})

const database = () => (payload.db as unknown as PostgresAdapter).drizzle

/** A real SMTP server that this test's sends go to. */
async function smtpPeer(options?: SmtpPeerOptions): Promise<SmtpPeer> {
  const peer = await startSmtpPeer(options)
  peers.push(peer)
  process.env.SMTP_URL = peer.url
  return peer
}

async function reader(status: SubscriberState, label: string = status): Promise<Subscriber> {
  const now = new Date().toISOString()
  return payload.create({
    collection: 'subscribers',
    data: {
      email: `${label}-${unique('reader').replace(/\W/g, '').toLowerCase()}@${DOMAIN}`,
      status,
      consentAt: now,
      consentSource: 'newsletter',
      ...(status !== 'pending' && { confirmedAt: now }),
      ...(status === 'unsubscribed' && { unsubscribedAt: now }),
      ...(status === 'bounced' && { bouncedAt: now }),
    },
  })
}

const confirmedReaders = (count: number) => Promise.all(Array.from({ length: count }, () => reader('confirmed')))

function draftIssue(): Promise<NewsletterIssue> {
  return payload.create({
    collection: 'newsletter-issues',
    draft: true,
    data: {
      subject: unique('This week: attention'),
      intro: 'Hello readers.\n\nThis week is about attention.',
      concept: concept.id,
      useCase: useCase.id,
    },
  })
}

const sendInput = (issue: NewsletterIssue): SendInput => ({
  issue: issue.id,
  recipientsConfirmedBy: new Date().toISOString(),
})

/** What one reader received of one issue. */
const inbox = (peer: SmtpPeer, address: string, issue: NewsletterIssue) =>
  peer.to(address).filter((mail) => mail.parsed.subject === issue.subject)

const received = (peer: SmtpPeer, issue: NewsletterIssue) =>
  peer.received.filter((mail) => mail.parsed.subject === issue.subject)

/** A header's value as sent, unfolded. */
function header(mail: ReceivedMail, name: string): string | undefined {
  const line = mail.parsed.headerLines.find((entry) => entry.key === name.toLowerCase())?.line
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n(?=[ \t])/g, '')
    .trim()
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

const statesOf = async (issue: NewsletterIssue, readers: Subscriber[]) => {
  const rows = await deliveries(issue)
  return readers.map((one) => rows.get(one.id)?.status)
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Still waiting after ${timeoutMs / 1000} s: ${what}.`)
    await pause(50)
  }
}

/** A send job that only a test runs (by id): the job runner polling this process's queue leaves it alone. */
const queueSendJob = (input: SendInput) =>
  payload.jobs.queue({ task: SEND_TASK, input, waitUntil: new Date(Date.now() + 24 * 60 * 60_000) })

async function sendJob(id: number | string) {
  return payload.db.findOne<{ id: number | string; processing?: boolean | null; completedAt?: string | null }>({
    collection: 'payload-jobs',
    where: { id: { equals: id } },
  })
}

/** In a process group of its own: tsx runs the script in a child process, which a kill must reach too. */
function runJobInChild(jobId: number | string, appName: string) {
  return scriptInChild(
    'tests/helpers/sendInChild.ts',
    { JOB_ID: String(jobId), PGAPPNAME: appName },
    { detached: true },
  )
}

/** The child, once it is sending. */
async function sendingChild(jobId: number | string, appName: string) {
  const child = runJobInChild(jobId, appName)
  await saidLine(child, 'sending')
  return child
}

const exited = (child: ScriptChild) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', resolve),
  )

/** Runs `task` in the environment of the Next server, where Next sets NEXT_RUNTIME (nothing in Payload reads it). */
async function startingServer(task: () => Promise<void>): Promise<void> {
  const before = process.env.NEXT_RUNTIME
  process.env.NEXT_RUNTIME = 'nodejs'
  try {
    await task()
  } finally {
    if (before === undefined) delete process.env.NEXT_RUNTIME
    else process.env.NEXT_RUNTIME = before
  }
}

async function connectionsOf(appName: string): Promise<number> {
  const { rows } = await database().execute<{ n: number }>(
    sql`select count(*)::int as n from pg_stat_activity where application_name = ${appName}`,
  )
  return rows[0].n
}

describe('an issue sent by publishing it', () => {
  let peer: SmtpPeer
  let issue: NewsletterIssue
  let confirmed: Subscriber[]
  let notConfirmed: Subscriber[]
  let admin: User

  beforeAll(async () => {
    admin = await createUser(payload, ['admin'])
    peer = await smtpPeer()
    confirmed = await confirmedReaders(2)
    notConfirmed = [await reader('pending'), await reader('unsubscribed'), await reader('bounced')]
    issue = await draftIssue()
    // An admin may publish unreviewed work (recorded as an override); the send is in their name.
    await payload.update({
      collection: 'newsletter-issues',
      id: issue.id,
      data: { _status: 'published' },
      user: admin,
      overrideAccess: false,
    })
    // The job the publish queued; this process's job runner may have taken it already.
    await payload.jobs.run({
      where: { and: [{ taskSlug: { equals: SEND_TASK } }, { 'input.issue': { equals: issue.id } }] },
    })
    await until(
      async () => (await statesOf(issue, confirmed)).every((state) => state === 'sent'),
      'the issue sent to both confirmed readers',
    )
  })

  it('reaches each confirmed reader exactly once, and nobody pending, unsubscribed or bounced', async () => {
    for (const one of confirmed) expect(inbox(peer, one.email, issue), one.email).toHaveLength(1)
    for (const one of notConfirmed) expect(peer.to(one.email), `${one.status}: ${one.email}`).toHaveLength(0)
    expect(await statesOf(issue, notConfirmed)).toEqual([undefined, undefined, undefined])
    const sendEntries = (await auditTrail(payload, 'newsletter-issues', issue.id)).filter(
      (entry) => entry.action === 'send',
    )
    expect(sendEntries.map((entry) => entry.summary)).toEqual([`${admin.name} started sending “${issue.subject}”`])
  })

  it('carries one-click unsubscribe headers that unsubscribe that reader, and no one else', () => {
    for (const one of confirmed) {
      const [mail] = inbox(peer, one.email, issue)
      expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
      const target = /^<(.+)>$/.exec(header(mail, 'List-Unsubscribe') ?? '')?.[1]
      expect(target).toBe(unsubscribeLinks(payload, one.id).oneClick)
      expect(subscriberOfToken(payload, new URL(target!).searchParams.get('token'))).toBe(one.id)
    }
  })

  it('has HTML and text parts that say the same things, and differ between readers only in the unsubscribe link', () => {
    const parts = confirmed.map((one) => {
      const [mail] = inbox(peer, one.email, issue)
      return { one, html: String(mail.parsed.html), text: (mail.parsed.text ?? '').replace(/\s+/g, ' ') }
    })
    for (const { one, html, text } of parts) {
      for (const said of [
        concept.title,
        absoluteUrl(conceptPath(concept.slug)),
        useCase.title,
        absoluteUrl(useCasePath(useCase.slug)),
        unsubscribeLinks(payload, one.id).page,
      ]) {
        expect(html, `the HTML part names ${said}`).toContain(said)
        expect(text, `the text part names ${said}`).toContain(said)
      }
    }
    const withoutOwnLink = ({ one, html, text }: (typeof parts)[number]) => {
      const own = unsubscribeLinks(payload, one.id).page
      return [html.replaceAll(own, 'LINK'), text.replaceAll(own, 'LINK')]
    }
    expect(withoutOwnLink(parts[0])).toEqual(withoutOwnLink(parts[1]))
  })
})

describe('sending exactly once', () => {
  /** How long the SMTP server takes to accept each message in the crash test. */
  const SMTP_DELAY_MS = 200

  it('sends one email per reader when two runs here and one in another process send the same issue at once', async () => {
    process.env.NEWSLETTER_SMTP_CONNECTIONS = '2'
    process.env.NEWSLETTER_BATCH_SIZE = '3'
    const peer = await smtpPeer({ delayMs: 100 })
    const readers = await confirmedReaders(30)
    const issue = await draftIssue()
    const input = sendInput(issue)
    const other = await sendingChild((await queueSendJob(input)).id, 'groundwork-send-beside')
    await expect.poll(() => received(peer, issue).length, { timeout: 30_000, interval: 20 }).toBeGreaterThan(0)

    const here = await Promise.all([sendIssue(payload, input), sendIssue(payload, input)])
    expect(await exited(other)).toBe(0)

    const sentHere = here[0].sent + here[1].sent
    expect(sentHere, 'the runs here sent some while the other process was sending').toBeGreaterThan(0)
    for (const one of readers) expect(inbox(peer, one.email, issue), one.email).toHaveLength(1)
    expect(new Set(await statesOf(issue, readers))).toEqual(new Set(['sent']))
  }, 90_000)

  it('resumes a send killed mid-way without a second copy to anyone: only what was in flight is unknown', async () => {
    const connections = 2
    process.env.NEWSLETTER_SMTP_CONNECTIONS = String(connections)
    process.env.NEWSLETTER_BATCH_SIZE = '4'
    const peer = await smtpPeer({ delayMs: SMTP_DELAY_MS })
    const readers = await confirmedReaders(20)
    const issue = await draftIssue()
    const job = await queueSendJob(sendInput(issue))
    const appName = 'groundwork-send-killed'
    const doomed = await sendingChild(job.id, appName)
    await expect.poll(() => received(peer, issue).length, { timeout: 30_000, interval: 10 }).toBeGreaterThanOrEqual(4)
    // Half-way through the SMTP server's slow answer to the next messages: they are in flight.
    await pause(SMTP_DELAY_MS / 2)
    process.kill(-doomed.pid!, 'SIGKILL')
    await exited(doomed)
    await expect.poll(() => connectionsOf(appName), { timeout: 20_000, interval: 20 }).toBe(0)

    const atKill = await statesOf(issue, readers)
    const inFlight = readers.filter((_, index) => atKill[index] === 'sending').map((one) => one.id)
    expect(inFlight.length, 'at most one message in flight per connection').toBeLessThanOrEqual(connections)
    expect(atKill.filter((state) => state === 'pending' || state === 'claimed').length).toBeGreaterThan(0)
    expect(await sendJob(job.id), 'Payload leaves the dead job processing').toMatchObject({ processing: true })

    await startingServer(() => resumeSendsAtStart(payload))
    expect(await sendJob(job.id), 'a starting server makes the job runnable again').toMatchObject({ processing: false })
    expect((await resumeInterruptedSends(payload)).jobs, 'a second server starting finds nothing to resume').toEqual([])
    await payload.jobs.runByID({ id: job.id })
    await pause(300) // lets the SMTP server finish taking what was in flight at the kill

    const final = await statesOf(issue, readers)
    readers.forEach((one, index) => {
      const copies = inbox(peer, one.email, issue).length
      expect(copies, `${one.email} (${final[index]})`).toBeLessThanOrEqual(1)
      if (final[index] === 'sent') expect(copies, one.email).toBe(1)
    })
    const unknown = readers.filter((_, index) => final[index] === 'unknown').map((one) => one.id)
    expect(unknown).toEqual(inFlight)
    expect(
      final.every((state) => state === 'sent' || state === 'unknown'),
      final.join(', '),
    ).toBe(true)
    const finished = await sendJob(job.id)
    expect(!finished || Boolean(finished.completedAt), 'the resumed job completed (Payload may delete it then)').toBe(
      true,
    )
  }, 90_000)
})

describe('SMTP refusals', () => {
  it('bounces a reader on a 550 and sends them nothing more, not even an attempt', async () => {
    const attempts = new Map<string, number>()
    const peer = await smtpPeer({
      reject: (recipient) => {
        attempts.set(recipient, (attempts.get(recipient) ?? 0) + 1)
        return recipient.startsWith('refused-') ? 550 : undefined
      },
    })
    const [refused, fine] = [await reader('confirmed', 'refused'), await reader('confirmed')]
    const first = await draftIssue()
    await sendIssue(payload, sendInput(first))
    expect(inbox(peer, fine.email, first)).toHaveLength(1)
    expect(await statesOf(first, [refused])).toEqual(['bounced'])
    const stored = await payload.findByID({ collection: 'subscribers', id: refused.id })
    expect(stored).toMatchObject({ status: 'bounced', bouncedAt: expect.any(String) })

    const next = await draftIssue()
    await sendIssue(payload, sendInput(next))
    expect(inbox(peer, fine.email, next)).toHaveLength(1)
    expect(attempts.get(refused.email), 'the refused address was tried once, for the first issue only').toBe(1)
  })

  it.each([
    ['refuses every message once it has its content (554)', { refuseMessage: 554 as const }, ''],
    ['refuses the site’s sign-in (535, a wrong password)', { refuseSignIn: true }, 'groundwork:wrong@'],
  ])('bounces nobody when the server %s, and stops until it takes mail', async (_, options, credentials) => {
    const peer = await smtpPeer(options)
    process.env.SMTP_URL = peer.url.replace('smtp://', `smtp://${credentials}`)
    const readers = await confirmedReaders(3)
    const issue = await draftIssue()
    const outcome = await sendIssue(payload, sendInput(issue))
    expect(outcome.retryAt).toBeDefined()
    expect(new Set(await statesOf(issue, readers))).toEqual(new Set(['pending']))
    for (const one of readers) {
      expect((await payload.findByID({ collection: 'subscribers', id: one.id })).status).toBe('confirmed')
    }
  })

  it('skips a reader who unsubscribed after the recipients were recorded', async () => {
    const peer = await smtpPeer()
    const [leaving, staying] = await confirmedReaders(2)
    const issue = await draftIssue()
    const input = sendInput(issue)
    await recordRecipients(payload, { ...input, subject: issue.subject })
    await payload.update({
      collection: 'subscribers',
      id: leaving.id,
      data: { status: 'unsubscribed', unsubscribedAt: new Date().toISOString() },
    })
    await sendIssue(payload, input)
    expect(inbox(peer, leaving.email, issue)).toHaveLength(0)
    expect(inbox(peer, staying.email, issue)).toHaveLength(1)
    expect(await statesOf(issue, [leaving, staying])).toEqual(['skipped', 'sent'])
  })

  it('tries again after a 451 once the wait is over, and delivers once', async () => {
    process.env.NEWSLETTER_RETRY_AFTER_SECONDS = '1'
    const attempts = new Map<string, number>()
    const peer = await smtpPeer({
      reject: (recipient) => {
        attempts.set(recipient, (attempts.get(recipient) ?? 0) + 1)
        return recipient.startsWith('busy-') && attempts.get(recipient) === 1 ? 451 : undefined
      },
    })
    const busy = await reader('confirmed', 'busy')
    const issue = await draftIssue()
    const input = sendInput(issue)

    const first = await sendIssue(payload, input)
    expect(inbox(peer, busy.email, issue)).toHaveLength(0)
    expect(first.remaining).toBe(1)
    const wait = first.retryAt!.getTime() - Date.now()
    expect(wait).toBeGreaterThan(500)
    expect(wait).toBeLessThanOrEqual(1000)

    await sendIssue(payload, input)
    expect(attempts.get(busy.email), 'not tried again before the wait is over').toBe(1)

    await pause(first.retryAt!.getTime() - Date.now())
    const second = await sendIssue(payload, input)
    expect(inbox(peer, busy.email, issue)).toHaveLength(1)
    expect(second.remaining).toBe(0)
    expect(second.retryAt).toBeUndefined()
    expect((await deliveries(issue)).get(busy.id)).toEqual({ status: 'sent', attempts: 2 })
  })

  it('stops after one batch while the SMTP server is down, and carries on where it stopped once it is back', async () => {
    process.env.NEWSLETTER_BATCH_SIZE = '2'
    process.env.NEWSLETTER_RETRY_AFTER_SECONDS = '0.2'
    const gone = await startSmtpPeer()
    await gone.close()
    process.env.SMTP_URL = gone.url // nothing listens there now: every connection is refused
    const readers = await confirmedReaders(5)
    const issue = await draftIssue()
    const input = sendInput(issue)

    const down = await sendIssue(payload, input)
    const tried = [...(await deliveries(issue)).values()].filter((row) => row.attempts > 0)
    expect(tried, 'only the first batch spent an attempt').toHaveLength(2)
    expect(down.retryAt!.getTime() - Date.now()).toBeGreaterThan(100)

    const peer = await smtpPeer()
    let outcome = down
    while (outcome.retryAt) {
      await pause(outcome.retryAt.getTime() - Date.now())
      outcome = await sendIssue(payload, input)
    }
    for (const one of readers) expect(inbox(peer, one.email, issue), one.email).toHaveLength(1)
    expect(new Set(await statesOf(issue, readers))).toEqual(new Set(['sent']))
  })

  it('gives up on an address that answers 451 five times, waiting twice as long each time', async () => {
    process.env.NEWSLETTER_RETRY_AFTER_SECONDS = '0.05'
    const tried: number[] = []
    await smtpPeer({
      reject: (recipient) => {
        if (!recipient.startsWith('full-')) return undefined
        tried.push(Date.now())
        return 451
      },
    })
    const full = await reader('confirmed', 'full')
    const issue = await draftIssue()
    const input = sendInput(issue)
    let outcome = await sendIssue(payload, input)
    while (outcome.retryAt && tried.length < 10) {
      await pause(outcome.retryAt.getTime() - Date.now())
      outcome = await sendIssue(payload, input)
    }
    expect(tried).toHaveLength(5)
    const waits = tried.slice(1).map((at, index) => at - tried[index])
    expect(waits.map((ms, index) => ms >= 50 * 2 ** index)).toEqual([true, true, true, true])
    expect((await deliveries(issue)).get(full.id)).toEqual({ status: 'failed', attempts: 5 })
    expect(await payload.findByID({ collection: 'subscribers', id: full.id })).toMatchObject({ status: 'confirmed' })
  })
})
