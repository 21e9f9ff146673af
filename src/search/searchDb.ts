// How search reaches the database: the adapter's Drizzle instance, or the transaction a
// write runs in (so a publish and its search row commit together).
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

export type SearchDb = Pick<PostgresAdapter['drizzle'], 'execute'>

export const searchDb = (payload: Payload): SearchDb => (payload.db as unknown as PostgresAdapter).drizzle

/** The request's transaction when it has one, so search rows change with the write they follow. */
export async function searchDbFor(req: PayloadRequest): Promise<SearchDb> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const transactionId = req.transactionID ? await req.transactionID : undefined
  return (transactionId !== undefined && adapter.sessions[transactionId]?.db) || adapter.drizzle
}
