// How a search reads: through a pg pool or client, one prepared statement per shape of
// query. A statement's text depends only on its shape (how many words, which column
// finds), never on the reader's words, which are always parameters; each connection
// plans a shape once and reuses the plan.
import { createHash } from 'node:crypto'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import type pg from 'pg'
import type { Payload } from 'payload'

export type SearchReader = Pick<pg.Pool, 'query'>

export const searchReader = (payload: Payload): SearchReader => (payload.db as unknown as PostgresAdapter).pool

const dialect = new PgDialect()

export async function readPrepared<Row extends pg.QueryResultRow>(
  reader: SearchReader,
  statement: SQL,
): Promise<Row[]> {
  const { sql: text, params } = dialect.sqlToQuery(statement)
  const name = `search_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`
  const result = await reader.query<Row>({ name, text, values: params })
  return result.rows
}
