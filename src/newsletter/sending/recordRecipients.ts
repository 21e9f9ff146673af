// Who receives an issue, decided once and written down before any email leaves: one delivery
// row per reader confirmed by the time it was published. Every run writes the same set again
// (the unique (issue, subscriber) index keeps one row each), so a run that died while writing
// it changes nothing. The first run also records in the audit log that sending started.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { recordAudit } from '@/audit/recordAudit'
import type { AuditEntry } from '@/audit/recordAudit'

type Start = { issue: number; recipientsConfirmedBy: string; subject: string }

async function insertRecipients(db: PostgresAdapter['drizzle'], { issue, recipientsConfirmedBy }: Start) {
  await db.execute(sql`
    insert into newsletter_deliveries (issue_id, subscriber_id, status, attempts)
    select ${issue}, id, 'pending', 0 from subscribers
    where status = 'confirmed' and confirmed_at <= ${recipientsConfirmedBy}::timestamptz
    on conflict (issue_id, subscriber_id) do nothing
  `)
}

async function recipientCount(db: PostgresAdapter['drizzle'], issue: number): Promise<number> {
  const { rows } = await db.execute<{ count: number }>(
    sql`select count(*)::int as count from newsletter_deliveries where issue_id = ${issue}`,
  )
  return rows[0].count
}

async function sendingRecorded(payload: Payload, issue: number): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'audit-log',
    where: {
      and: [
        { action: { equals: 'send' } },
        { documentCollection: { equals: 'newsletter-issues' } },
        { documentId: { equals: String(issue) } },
      ],
    },
  })
  return totalDocs > 0
}

/** Whoever published the issue, or scheduled its publish; the system when nobody did by hand. */
async function publisher(payload: Payload, issue: number): Promise<AuditEntry['actor']> {
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: {
      and: [
        { action: { in: ['publish', 'schedule'] } },
        { documentCollection: { equals: 'newsletter-issues' } },
        { documentId: { equals: String(issue) } },
        { user: { exists: true } },
      ],
    },
    sort: '-createdAt',
    limit: 1,
    depth: 1,
    select: { user: true },
  })
  const user = docs[0]?.user
  return typeof user === 'object' && user ? { id: user.id, name: user.name } : undefined
}

export async function recordRecipients(payload: Payload, start: Start): Promise<void> {
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  await insertRecipients(db, start)
  if (await sendingRecorded(payload, start.issue)) return
  const recipients = await recipientCount(db, start.issue)
  await recordAudit(payload, {
    action: 'send',
    collection: 'newsletter-issues',
    documentId: start.issue,
    title: start.subject,
    comment: `To ${recipients} confirmed ${recipients === 1 ? 'reader' : 'readers'}.`,
    actor: await publisher(payload, start.issue),
  })
}
