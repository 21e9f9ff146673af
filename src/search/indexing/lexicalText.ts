// SQL that reads the plain text out of a Lexical rich-text column: every text node's
// `text`, in document order, joined by spaces.
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

export const lexicalText = (column: SQL): SQL =>
  sql`coalesce((select string_agg(node #>> '{}', ' ') from jsonb_path_query(${column}, 'strict $.**.text') as node), '')`
