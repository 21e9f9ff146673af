// Rebuilds every search row, passage, word count and the vocabulary from what is published: after the
// migration that creates the index, and after a bulk load that bypassed the hooks.
import { sql } from '@payloadcms/db-postgres'
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import type pg from 'pg'
import type { SearchDb } from '../searchDb'
import { refreshConcepts, refreshUseCases } from './refreshSearch'

export async function rebuildSearch(db: SearchDb): Promise<void> {
  await db.execute(sql`delete from search_words`)
  await db.execute(sql`delete from search_lexemes`)
  await db.execute(sql`delete from search_documents`)
  await refreshConcepts(db, 'all')
  await refreshUseCases(db, 'all')
}

/** The same, over a plain `pg` client or pool. */
export function rebuildSearchIndex(client: pg.Pool | pg.Client): Promise<void> {
  return rebuildSearch(drizzle({ client }))
}
