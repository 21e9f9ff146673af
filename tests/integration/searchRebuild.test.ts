// A rebuild of the search index (after a bulk load that bypassed the hooks) is one
// transaction that takes turns with publishes' refreshes: readers keep the old rows until
// the new ones are complete, and no publish can slip between its deletes and its counts.
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { rebuildDerivedRows } from '@/content/rebuildDerivedRows'
import { takeRefreshTurn } from '@/search/indexing/refreshSearch'
import { answerSearchRequest } from '@/search/searchApi'
import { searchReader } from '@/search/searchReader'
import { createCategory, createConcept } from '../helpers/fixtures'
import { miscountedWords } from '../helpers/searchIndex'
import { testPayload } from '../helpers/payload'

let payload: Payload
let pool: pg.Pool

beforeAll(async () => {
  payload = await testPayload()
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL })
})

afterAll(async () => {
  await pool.end()
})

async function foundSlugs(q: string): Promise<string[]> {
  const response = await answerSearchRequest(
    new Request(`http://localhost/api/search?q=${encodeURIComponent(q)}`),
    searchReader(payload),
  )
  const { results } = (await response.json()) as { results: { slug: string }[] }
  return results.map((hit) => hit.slug)
}

/** Resolves once some session of this database waits for an advisory lock (the refresh turn). */
async function someoneWaits(): Promise<void> {
  for (;;) {
    const { rows } = await pool.query<{ waiting: number }>(
      `select count(*)::int as waiting from pg_stat_activity
       where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'advisory'`,
    )
    if (rows[0].waiting > 0) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

it('keeps search answering from the old index while a rebuild waits its turn behind a refresh, and counts every word once', async () => {
  const category = await createCategory(payload)
  const concept = await createConcept(payload, category, { title: 'Quibblestone Retrieval' })
  const publishing = await pool.connect()
  await publishing.query('begin')
  await takeRefreshTurn(drizzle({ client: publishing }))
  const rebuild = rebuildDerivedRows(pool)
  let foundMeanwhile: string[]
  try {
    await someoneWaits()
    foundMeanwhile = await foundSlugs('quibblestone')
  } finally {
    await publishing.query('commit')
    publishing.release()
    await rebuild
  }
  expect(foundMeanwhile).toEqual([concept.slug])
  expect(await foundSlugs('quibblestone')).toEqual([concept.slug])
  expect(await miscountedWords(payload)).toEqual([])
})

it('empties the vocabulary without a scan per word: every foreign key of the search tables leads an index', async () => {
  // A removed word takes its variants with it (the key cascades): found by index, or by reading
  // the whole table once per word, which made emptying the demo vocabulary take seconds.
  const { rows } = await pool.query<{ key: string }>(`
    select c.conname as key from pg_constraint c
    where c.contype = 'f' and c.conrelid::regclass::text like 'search\\_%'
      and not exists (
        select 1 from pg_index i
        where i.indrelid = c.conrelid
          and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
          and c.conkey @> (i.indkey::int2[])[0:cardinality(c.conkey) - 1]
      )`)
  expect(rows.map((row) => row.key)).toEqual([])
})
