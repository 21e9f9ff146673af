// Sending an issue exactly once: runs sending the same issue at once (here and in another
// process), or a run killed by SIGKILL mid-way and resumed by a starting server, never give
// any reader a second copy; only what was in flight at the kill is recorded as unknown.
import type { Payload } from 'payload'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { beforeAll, describe, expect, it } from 'vitest'
import { resumeInterruptedSends, resumeSendsAtStart } from '@/newsletter/sending/resumeInterruptedSends'
import { sendIssue, type SendInput } from '@/newsletter/sending/sendIssue'
import { SEND_TASK } from '@/newsletter/sending/sendTask'
import { inbox, newsletterSendingBed, pause, received, sendInput } from '../helpers/newsletterSendingBed'
import { testPayload } from '../helpers/payload'
import { saidLine, scriptInChild, type ScriptChild } from '../helpers/scriptInChild'

const { smtpPeer, confirmedReaders, draftIssue, statesOf, database } = newsletterSendingBed('newsletter-send-once.test')
let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

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
