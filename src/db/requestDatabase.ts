// The database a hook should run its own SQL on: the transaction its write runs in when there is
// one, so what it reads, writes and locks belongs to that write and commits or rolls back with it.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

export type SqlRunner = Pick<PostgresAdapter['drizzle'], 'execute'>

export async function requestDatabase(req: PayloadRequest): Promise<SqlRunner> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const transactionId = req.transactionID ? await req.transactionID : undefined
  return (transactionId !== undefined && adapter.sessions[transactionId]?.db) || adapter.drizzle
}
