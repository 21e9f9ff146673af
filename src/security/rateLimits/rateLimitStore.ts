// Fixed-window counters in the `rate_limits` table: one atomic upsert per hit, so app
// instances behind a load balancer share them. Written outside the request's transaction:
// a refused login rolls its transaction back, and its hit must still count.
import { createHash } from 'node:crypto'
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

export type Window = { max: number; seconds: number }
export type Hit = { hits: number; retryAfterSeconds: number }

const database = (payload: Payload) => (payload.db as unknown as PostgresAdapter).drizzle

/** The longest bucket kept as it is; the column holds 300 characters. */
const READABLE_BUCKET_LENGTH = 200

/**
 * A bucket as the table keeps it. One named by a long email address and an IPv6 client would
 * not fit, and refusing it would lock that account out: it keeps its limit's name and a hash
 * of the rest instead.
 */
function storedBucket(bucket: string): string {
  if (bucket.length <= READABLE_BUCKET_LENGTH) return bucket
  const [limit] = bucket.split(':', 1)
  return `${limit.slice(0, 40)}:sha256:${createHash('sha256').update(bucket).digest('hex')}`
}

/** Counts one hit on the bucket in its current window (a new window once the old one is over). */
export async function hit(payload: Payload, bucket: string, { seconds }: Window): Promise<Hit> {
  const result = await database(payload).execute<{ hits: number; retry_after: string }>(sql`
    insert into rate_limits (bucket, hits, window_started_at) values (${storedBucket(bucket)}, 1, now())
    on conflict (bucket) do update set
      hits = case when rate_limits.window_started_at <= now() - make_interval(secs => ${seconds})
        then 1 else rate_limits.hits + 1 end,
      window_started_at = case when rate_limits.window_started_at <= now() - make_interval(secs => ${seconds})
        then now() else rate_limits.window_started_at end
    returning hits, ceil(extract(epoch from window_started_at + make_interval(secs => ${seconds}) - now())) as retry_after`)
  const row = result.rows[0]
  return { hits: Number(row.hits), retryAfterSeconds: Math.max(1, Number(row.retry_after)) }
}

/** Takes one hit back (a sign-in that succeeded after all was not an attempt to guess). */
export async function takeBack(payload: Payload, bucket: string): Promise<void> {
  await database(payload).execute(
    sql`update rate_limits set hits = greatest(hits - 1, 0) where bucket = ${storedBucket(bucket)}`,
  )
}

/** Forgets a bucket's hits (after a successful sign-in, say). */
export async function clear(payload: Payload, bucket: string): Promise<void> {
  await database(payload).execute(sql`delete from rate_limits where bucket = ${storedBucket(bucket)}`)
}

/** Drops windows that ended long ago, so the table holds only live counters. */
export async function dropExpired(payload: Payload, olderThanSeconds: number): Promise<void> {
  await database(payload).execute(
    sql`delete from rate_limits where window_started_at < now() - make_interval(secs => ${olderThanSeconds})`,
  )
}
