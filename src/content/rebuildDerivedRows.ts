// Everything kept from what is published, written again from it: the search index and the
// images published text shows. For a bulk load or removal that bypassed the hooks. One
// transaction, so readers never find the index half rebuilt, and publishes meanwhile wait.
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import type pg from 'pg'
import { rebuildShownImages } from '@/content/media/shownImages'
import { rebuildSearch } from '@/search/indexing/rebuildSearchIndex'

export async function rebuildDerivedRows(client: pg.Pool | pg.Client): Promise<void> {
  await drizzle({ client }).transaction(async (db) => {
    await rebuildSearch(db)
    await rebuildShownImages(db)
  })
}
