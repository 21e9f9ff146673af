// One run of an issue's send, exactly once per reader however many runs there are, at once
// or one after another across crashes:
//   1. take a worker lock on a connection of its own (freed by Postgres if this process dies);
//   2. give back what dead runs left behind (recoverDeadWorkers);
//   3. record the recipients (and, the first time, the audit entry);
//   4. claim due deliveries in batches and send each, a few at a time over pooled SMTP
//      connections, yielding to the server's other work between batches; stop early when a
//      whole batch failed for now (the SMTP server is down) or the run has had its time.
// It returns what is left and, when deliveries are still waiting, when to run again.
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { issueEmail } from '@/newsletter/compose/issueEmail'
import { START_LOCKS } from './advisoryLocks'
import { openBulkTransport } from './bulkTransport'
import { claimDeliveries, type ClaimedDelivery } from './claimDeliveries'
import { deliverMessage, type DeliveryResult, type DeliveryRun } from './deliverMessage'
import { recordRecipients } from './recordRecipients'
import { recoverDeadWorkers } from './recoverDeadWorkers'
import { sendProgress } from './sendProgress'
import { sendSettings } from './sendSettings'
import { openWorkerSession, type WorkerSession } from './workerSession'

export type SendInput = { issue: number; recipientsConfirmedBy: string }
export type SendOutcome = { sent: number; remaining: number; retryAt?: Date }

/**
 * A run hands over to a fresh job after this long: Payload's runner starts no other job (a
 * scheduled publish, say) until every job it took has finished. A little under a minute, the
 * runner's default period, so that its next round takes the follow-up job.
 */
const RUN_LIMIT_MS = 50_000

/** Sends the batch over `connections` lanes, so at most that many messages are in flight. */
async function deliverBatch(run: DeliveryRun, batch: ClaimedDelivery[]): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = []
  let next = 0
  const lane = async () => {
    while (next < batch.length) {
      const delivery = batch[next]
      next += 1
      results.push(await deliverMessage(run, delivery))
    }
  }
  await Promise.all(Array.from({ length: Math.min(run.settings.connections, batch.length) }, lane))
  return results
}

type Tally = Map<DeliveryResult, number>

/**
 * Claims and sends due deliveries, a batch at a time, until none is left or the run has had
 * its time; true when it stopped because the SMTP server is not taking mail.
 */
async function sendDueDeliveries(run: DeliveryRun, session: WorkerSession, issue: number, tally: Tally) {
  const stopAt = Date.now() + RUN_LIMIT_MS
  while (Date.now() < stopAt) {
    session.assertAlive()
    const batch = await claimDeliveries(run.db, { issue, worker: session.worker, size: run.settings.batchSize })
    // Nothing due: unless a run that died meanwhile left rows to take back, this run is done.
    if (batch.length === 0 && (await recoverDeadWorkers(run.db)).waitingAgain === 0) return false
    const results = await deliverBatch(run, batch)
    for (const result of results) tally.set(result, (tally.get(result) ?? 0) + 1)
    // Not one message taken, all to be tried again: claiming on would spend every reader's
    // attempts on the outage.
    if (results.length > 0 && results.every((result) => result === 'pending' || result === 'failed')) return true
    await nextTurn()
  }
  return false
}

export async function sendIssue(payload: Payload, { issue, recipientsConfirmedBy }: SendInput): Promise<SendOutcome> {
  const settings = sendSettings()
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const transport = openBulkTransport(settings)
  const session = await openWorkerSession(payload, issue).catch((error: unknown) => {
    transport.close()
    throw error
  })
  const tally: Tally = new Map()
  try {
    await recoverDeadWorkers(db)
    const email = await issueEmail(payload, issue)
    await session.exclusively(START_LOCKS, issue, () =>
      recordRecipients(payload, { issue, recipientsConfirmedBy, subject: email.content.subject }),
    )
    const run: DeliveryRun = { payload, db, worker: session.worker, email, transport, settings }
    const smtpDown = await sendDueDeliveries(run, session, issue, tally)
    // Deliveries still due when the time ran out make retryAt now: the next job carries on.
    // After an outage, the readers not tried yet wait as long as those who were.
    const progress = await sendProgress(db, issue)
    const retryAt =
      progress.retryAt && smtpDown
        ? new Date(Math.max(progress.retryAt.getTime(), Date.now() + settings.firstRetryAfterMs))
        : progress.retryAt
    return { sent: tally.get('sent') ?? 0, remaining: progress.remaining, ...(retryAt && { retryAt }) }
  } finally {
    transport.close()
    session.end()
    const counts = [...tally].map(([result, count]) => `${count} ${result}`).join(', ')
    payload.logger.info(`Newsletter issue ${issue}: this run ended (${counts || 'nothing to send'}).`)
  }
}
