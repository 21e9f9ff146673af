// Rebuilds every search row, passage, word count and the vocabulary from what is published: after the
// migration that creates the index, and after a bulk load that bypassed the hooks (src/content/rebuildDerivedRows.ts).
// Run it inside a transaction: readers keep the old rows until it commits, and a publish's
// refresh waits for it (or it for the publish), so no document is counted twice or lost.
import { sql } from '@payloadcms/db-postgres'
import type { SearchDb } from '../searchDb'
import { refreshConcepts, refreshUseCases, takeRefreshTurn } from './refreshSearch'

export async function rebuildSearch(db: SearchDb): Promise<void> {
  await takeRefreshTurn(db)
  await db.execute(sql`delete from search_words`)
  await db.execute(sql`delete from search_lexemes`)
  await db.execute(sql`delete from search_documents`)
  await refreshConcepts(db, 'all')
  await refreshUseCases(db, 'all')
}
