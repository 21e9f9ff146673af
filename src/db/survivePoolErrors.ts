// node-postgres emits `error` on the pool when an idle connection breaks (the database was
// stopped or restarted); with no listener, that ends the whole server. Logged instead: the
// pool opens new connections on the next query, so the site recovers when the database does.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

export function survivePoolErrors(payload: Payload): void {
  const { pool } = payload.db as unknown as PostgresAdapter
  pool?.on('error', (error) =>
    payload.logger.warn(`Database connection lost (${error.message}); reconnecting on demand.`),
  )
}

/** How long a request waits for a database connection before it is answered as an outage. */
export const CONNECTION_TIMEOUT_MS = 5_000
