// One claimed delivery, from its turn to its recorded outcome: the reader's own copy of the
// issue (their unsubscribe link in the footer and the one-click headers, nothing that tracks
// them), handed to SMTP between marking the row `sending` and writing down the answer.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { IssueEmail } from '@/newsletter/compose/issueEmail'
import { listUnsubscribeHeaders, unsubscribeLinks } from '@/newsletter/unsubscribeLinks'
import type { BulkTransport } from './bulkTransport'
import { handOver, type ClaimedDelivery } from './claimDeliveries'
import { recordBounce, recordSent, recordTemporaryFailure } from './recordOutcome'
import type { SendSettings } from './sendSettings'
import { smtpFailure } from './smtpFailure'

export type DeliveryRun = {
  payload: Payload
  db: PostgresAdapter['drizzle']
  worker: string
  email: IssueEmail
  transport: BulkTransport
  settings: SendSettings
}

export type DeliveryResult = 'sent' | 'skipped' | 'bounced' | 'pending' | 'failed' | 'lost'

function message({ payload, email }: DeliveryRun, subscriberId: number, address: string) {
  const { subject, html, text } = email.render(unsubscribeLinks(payload, subscriberId).page)
  return {
    from: { name: payload.email.defaultFromName, address: payload.email.defaultFromAddress },
    to: address,
    subject,
    html,
    text,
    headers: listUnsubscribeHeaders(payload, subscriberId),
  }
}

export async function deliverMessage(run: DeliveryRun, delivery: ClaimedDelivery): Promise<DeliveryResult> {
  const { db, worker } = run
  const turn = await handOver(db, { delivery, worker })
  if (turn !== 'sending') return turn ?? 'lost'
  // A confirmed reader always has an id and an address: handOver checked the row exists.
  const outgoing = message(run, delivery.subscriberId!, delivery.email!)
  const handed = { id: delivery.id, worker }
  try {
    await run.transport.sendMail(outgoing)
  } catch (error) {
    const failure = smtpFailure(error)
    if (failure.bounced) {
      await recordBounce(db, handed, failure.reason)
      return 'bounced'
    }
    return (await recordTemporaryFailure(db, handed, failure.reason, run.settings)) ?? 'lost'
  }
  await recordSent(db, handed)
  return 'sent'
}
