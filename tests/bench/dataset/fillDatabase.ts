// Fills a migrated database with a generated dataset for benchmarks: N published concepts
// with their FAQs and use cases, written with plain SQL in one transaction (the Local API
// would take hours), then the search index and the other rows kept from published text rebuilt.
import pg from 'pg'
import { describeDatabase } from '@/backup/databaseSession'
import { StartupError } from '@/db/environment'
import { rebuildDerivedRows } from '@/content/rebuildDerivedRows'
import { GENERATED_CATEGORIES } from './categories'
import { generateDataset } from './generateDataset'
import { TITLE_COUNT } from './titleWords'
import { writeDataset } from './writeDataset'

export const DEFAULT_SEED = 1

export type FillOptions = { concepts: number; seed?: number }

export type FillResult = { concepts: number; useCases: number; faqs: number; categories: number; seconds: number }

/**
 * The database must be migrated and hold no dataset yet: the dataset's categories are its
 * mark, so a database with one of them already has one.
 */
async function refuseUnfillable(client: pg.Client, databaseUrl: string): Promise<void> {
  const where = describeDatabase(databaseUrl)
  const migrated = await client.query<{ concepts: string | null }>("select to_regclass('public.concepts') as concepts")
  if (!migrated.rows[0].concepts) {
    throw new StartupError(`${where} has no concepts table: apply the migrations first (npm run migrate).`)
  }
  const { rows } = await client.query<{ name: string }>('select name from categories where slug = any($1) limit 1', [
    GENERATED_CATEGORIES.map((category) => category.slug),
  ])
  if (rows.length > 0) {
    throw new StartupError(`${where} already has the category "${rows[0].name}": it holds a generated dataset.`)
  }
}

async function inTransaction(client: pg.Client, work: () => Promise<void>): Promise<void> {
  await client.query('begin')
  try {
    await work()
    await client.query('commit')
  } catch (error) {
    await client.query('rollback')
    throw error
  }
}

export async function fillDatabase(
  databaseUrl: string,
  { concepts, seed = DEFAULT_SEED }: FillOptions,
): Promise<FillResult> {
  if (!Number.isInteger(concepts) || concepts < 1 || concepts > TITLE_COUNT) {
    throw new RangeError(`The dataset can have 1 to ${TITLE_COUNT} concepts; ${concepts} were asked.`)
  }
  const started = performance.now()
  const dataset = generateDataset({ concepts, seed, now: new Date() })
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await refuseUnfillable(client, databaseUrl)
    await inTransaction(client, () => writeDataset(client, dataset, seed))
    await rebuildDerivedRows(client)
    // As after any bulk load: fresh planner statistics, so queries are planned for the rows
    // they meet, and the new rows vacuumed now, not by autovacuum in the middle of a benchmark.
    await client.query('vacuum analyze')
  } finally {
    await client.end()
  }
  return {
    concepts: dataset.concepts.length,
    useCases: dataset.useCases.length,
    faqs: dataset.faqs.length,
    categories: dataset.categories.length,
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  }
}
