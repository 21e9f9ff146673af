// What SMTP answered, written to the delivery this run handed over. A row a recovery marked
// `unknown` meanwhile (the run's lock connection broke) still takes the answer: it is now known.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { SendSettings } from './sendSettings'

type Db = PostgresAdapter['drizzle']
type Handed = { id: number; worker: string }

const handedOver = ({ id, worker }: Handed) =>
  sql`id = ${id} and claimed_by = ${worker} and status in ('sending', 'unknown')`

export async function recordSent(db: Db, handed: Handed): Promise<void> {
  await db.execute(sql`
    update newsletter_deliveries set status = 'sent', sent_at = now(), error = null, updated_at = now()
    where ${handedOver(handed)}
  `)
}

/** A permanent refusal: the delivery and its reader are bounced, so no later issue goes to them. */
export async function recordBounce(db: Db, handed: Handed, reason: string): Promise<void> {
  await db.execute(sql`
    with bounced as (
      update newsletter_deliveries set status = 'bounced', error = ${reason}, updated_at = now()
      where ${handedOver(handed)}
      returning subscriber_id
    )
    update subscribers set status = 'bounced', bounced_at = now(), updated_at = now()
    where id in (select subscriber_id from bounced) and status = 'confirmed'
  `)
}

/**
 * A temporary failure: the row waits again, each time twice as long as the last, until it has
 * had its attempts; then it has failed.
 */
export async function recordTemporaryFailure(
  db: Db,
  handed: Handed,
  reason: string,
  { firstRetryAfterMs, maxAttempts }: SendSettings,
): Promise<'pending' | 'failed' | undefined> {
  const { rows } = await db.execute<{ status: 'pending' | 'failed' }>(sql`
    update newsletter_deliveries
    set status = (case when attempts >= ${maxAttempts} then 'failed' else 'pending' end)::enum_newsletter_deliveries_status,
        retry_at = case when attempts >= ${maxAttempts} then null
          else now() + ${firstRetryAfterMs}::float8 * power(2, attempts - 1)::float8 * interval '1 millisecond' end,
        error = ${reason},
        updated_at = now()
    where ${handedOver(handed)}
    returning status
  `)
  return rows[0]?.status
}
