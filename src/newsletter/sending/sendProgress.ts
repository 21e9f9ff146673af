// Where an issue's send stands: how many deliveries are not settled yet, and when the earliest
// one waiting for a retry falls due (now, for one already due).
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'

export type SendProgress = { remaining: number; retryAt?: Date }

export async function sendProgress(db: PostgresAdapter['drizzle'], issue: number): Promise<SendProgress> {
  const { rows } = await db.execute<{ remaining: number; retryAt: Date | string | null }>(sql`
    select count(*) filter (where status in ('pending', 'claimed', 'sending'))::int as remaining,
           min(coalesce(retry_at, now())) filter (where status = 'pending') as "retryAt"
    from newsletter_deliveries
    where issue_id = ${issue}
  `)
  const { remaining, retryAt } = rows[0]
  return { remaining, ...(retryAt && { retryAt: new Date(retryAt) }) }
}
