// How search reads the database outside a write: the adapter's Drizzle instance. Hooks use
// their write's transaction (requestDatabase), so a publish and its search rows commit together.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { SqlRunner } from '@/db/requestDatabase'

export type SearchDb = SqlRunner

export const searchDb = (payload: Payload): SearchDb => (payload.db as unknown as PostgresAdapter).drizzle
