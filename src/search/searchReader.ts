// How a search reads: through a pg pool or client, one prepared statement per shape of
// query (up to a bound). A statement's text depends only on its shape (how many words,
// which column finds), never on the reader's words, which are always parameters; each
// connection plans a shape once and reuses the plan.
import { createHash } from 'node:crypto'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import type pg from 'pg'
import type { Payload } from 'payload'

export type SearchReader = Pick<pg.Pool, 'query'>

export const searchReader = (payload: Payload): SearchReader => (payload.db as unknown as PostgresAdapter).pool

const dialect = new PgDialect()

/**
 * Each prepared shape holds a plan in every connection's memory. Shapes number in the
 * dozens for the queries readers type, but a caller could ask for every possible one:
 * past this many, a new shape runs unprepared (planned each time) instead.
 */
const PREPARED_SHAPES_MAX = 64
const preparedShapes = new Set<string>()

function statementName(text: string): string | undefined {
  const name = `search_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`
  if (preparedShapes.has(name)) return name
  if (preparedShapes.size >= PREPARED_SHAPES_MAX) return undefined
  preparedShapes.add(name)
  return name
}

export async function readPrepared<Row extends pg.QueryResultRow>(
  reader: SearchReader,
  statement: SQL,
): Promise<Row[]> {
  const { sql: text, params } = dialect.sqlToQuery(statement)
  const result = await reader.query<Row>({ name: statementName(text), text, values: params })
  return result.rows
}
