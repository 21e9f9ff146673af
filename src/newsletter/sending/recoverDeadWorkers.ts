// Rows left behind by runs that died (their worker lock is free): a row only claimed was never
// handed to SMTP, so it waits again; a row that was being handed over may or may not have
// reached the reader, so it becomes `unknown` and is never sent again blindly.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { lockHeld, WORKER_LOCKS } from './advisoryLocks'

export type Recovered = { waitingAgain: number; unknown: number }

export async function recoverDeadWorkers(db: PostgresAdapter['drizzle']): Promise<Recovered> {
  const { rows } = await db.execute<{ status: 'pending' | 'unknown' }>(sql`
    update newsletter_deliveries d
    set status = (case when d.status = 'claimed' then 'pending' else 'unknown' end)::enum_newsletter_deliveries_status,
        updated_at = now()
    where d.status in ('claimed', 'sending')
      and not ${lockHeld(WORKER_LOCKS, sql`d.claimed_by`)}
    returning d.status
  `)
  return {
    waitingAgain: rows.filter((row) => row.status === 'pending').length,
    unknown: rows.filter((row) => row.status === 'unknown').length,
  }
}
