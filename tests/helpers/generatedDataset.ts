// A generated bench dataset (tests/bench/dataset) inside the integration tests' database, and
// its removal, so the files that run later see the database as it was.
import pg from 'pg'
import type { Payload, Where } from 'payload'
import type { Category, Concept } from '@/payload-types'
import { rebuildDerivedRows } from '@/content/rebuildDerivedRows'
import { GENERATED_CATEGORIES } from '../bench/dataset/categories'
import { fillDatabase, type FillResult } from '../bench/dataset/fillDatabase'

export type GeneratedDataset = {
  filled: FillResult
  categories: Category[]
  concepts: Concept[]
  remove: () => Promise<void>
}

const ids = (docs: { id: number }[]) => docs.map((doc) => doc.id)

/** Deletes the dataset's rows, versions first (their parent goes to null, not with them). */
async function removeRows(documents: Record<'concepts' | 'use_cases' | 'faqs', number[]>): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    for (const table of ['faqs', 'use_cases', 'concepts'] as const) {
      await client.query(`delete from _${table}_v where parent_id = any($1)`, [documents[table]])
      await client.query(`delete from ${table} where id = any($1)`, [documents[table]])
    }
    await client.query('delete from categories where slug = any($1)', [GENERATED_CATEGORIES.map(({ slug }) => slug)])
    await rebuildDerivedRows(client)
  } finally {
    await client.end()
  }
}

export async function fillGeneratedDataset(
  payload: Payload,
  concepts: number,
  seed: number,
): Promise<GeneratedDataset> {
  const filled = await fillDatabase(process.env.DATABASE_URL!, { concepts, seed })
  const categories = await payload.find({
    collection: 'categories',
    where: { slug: { in: GENERATED_CATEGORIES.map(({ slug }) => slug) } },
    pagination: false,
    depth: 0,
  })
  const found = await payload.find({
    collection: 'concepts',
    where: { category: { in: ids(categories.docs) } },
    pagination: false,
    depth: 1,
    joins: { faqs: { limit: 10 }, useCases: { limit: 10 } },
    overrideAccess: false,
  })
  const conceptIds = ids(found.docs)
  const companions = async (collection: 'use-cases' | 'faqs') => {
    const where: Where = collection === 'faqs' ? { concept: { in: conceptIds } } : { concepts: { in: conceptIds } }
    return ids((await payload.find({ collection, where, pagination: false, depth: 0 })).docs)
  }
  const remove = async () =>
    removeRows({ concepts: conceptIds, use_cases: await companions('use-cases'), faqs: await companions('faqs') })
  return { filled, categories: categories.docs, concepts: found.docs, remove }
}
