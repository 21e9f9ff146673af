// PostgreSQL advisory locks held until the transaction that takes them ends: how writes that
// must not interleave take turns. Each caller names its own key, a number nothing else uses.
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { SqlRunner } from './requestDatabase'

/** Waits until no other transaction holds `key`, then holds it until this one commits or rolls back. */
export async function takeTransactionLock(db: SqlRunner, key: number): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(key))})`)
}
