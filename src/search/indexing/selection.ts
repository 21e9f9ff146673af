// Which documents an indexing statement covers: a list of ids, or every one.
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

export type DocType = 'concept' | 'use-case'

export type Selection = number[] | 'all'

export const selected = (column: SQL, selection: Selection): SQL =>
  selection === 'all' ? sql`true` : sql`${column} = any(${sql.param(selection)}::int[])`
