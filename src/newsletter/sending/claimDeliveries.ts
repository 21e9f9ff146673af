// Taking deliveries to send. A run claims a batch of due rows with FOR UPDATE SKIP LOCKED, so
// runs sending the same issue at once never take the same row; then, one message at a time,
// it marks the row `sending` just before handing it to SMTP, which narrows what a crash can
// leave uncertain to the messages actually in flight.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'

type Db = PostgresAdapter['drizzle']

export type ClaimedDelivery = { id: number; subscriberId: number | null; email: string | null }

export async function claimDeliveries(
  db: Db,
  { issue, worker, size }: { issue: number; worker: string; size: number },
): Promise<ClaimedDelivery[]> {
  const { rows } = await db.execute<ClaimedDelivery>(sql`
    with claimed as (
      update newsletter_deliveries
      set status = 'claimed', claimed_by = ${worker}, updated_at = now()
      where id in (
        select id from newsletter_deliveries
        where issue_id = ${issue} and status = 'pending' and (retry_at is null or retry_at <= now())
        order by id
        limit ${size}
        for update skip locked
      )
      returning id, subscriber_id
    )
    select c.id, c.subscriber_id as "subscriberId", s.email
    from claimed c left join subscribers s on s.id = c.subscriber_id
    order by c.id
  `)
  return rows
}

/**
 * The row's turn: `sending` when its reader is still confirmed, `skipped` when they have
 * unsubscribed, bounced or gone since the recipients were recorded, undefined when the row
 * is no longer this run's (a recovery took it back), so it must not be sent.
 */
export async function handOver(
  db: Db,
  { delivery, worker }: { delivery: ClaimedDelivery; worker: string },
): Promise<'sending' | 'skipped' | undefined> {
  const { rows } = await db.execute<{ status: 'sending' | 'skipped' }>(sql`
    update newsletter_deliveries d
    set status = (case when reader.confirmed then 'sending' else 'skipped' end)::enum_newsletter_deliveries_status,
        attempts = d.attempts + (case when reader.confirmed then 1 else 0 end),
        updated_at = now()
    from (
      select exists (select 1 from subscribers where id = ${delivery.subscriberId} and status = 'confirmed') as confirmed
    ) reader
    where d.id = ${delivery.id} and d.status = 'claimed' and d.claimed_by = ${worker}
    returning d.status
  `)
  return rows[0]?.status
}
