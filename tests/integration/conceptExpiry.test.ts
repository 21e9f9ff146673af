// Which cached pages a concept's write expires, through the real hooks and the shared tag
// table: judged by what readers saw before and see after (the concept's main record), never
// by the draft the write started from. An edit to a concept's own words leaves every other
// concept page cached; anything other pages show of it expires them all.
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONCEPT_LINKS_TAG, CONCEPTS_TAG, conceptTag } from '@/content/cacheTags'
import type { Category, Concept } from '@/payload-types'
import { richText } from '@/seed/richText'
import { createCategory, createConcept } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

/** Long enough for an expiry that was going to land after the write's transaction to have landed. */
const SETTLE_MS = 500

let payload: Payload
let category: Category
let database: pg.Pool

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
  database = new pg.Pool({ connectionString: process.env.DATABASE_URL })
  // Earlier files may have left jobs queued (a scheduled publish): one running during a write
  // here would expire the same site-wide tags.
  await payload.delete({ collection: 'payload-jobs', where: { completedAt: { exists: false } } })
})

afterAll(async () => {
  await database.end()
})

async function expiries(tags: string[]): Promise<Map<string, number>> {
  const { rows } = await database.query<{ tag: string; change: string }>(
    'select tag, change from groundwork_cache_tags where tag = any($1)',
    [tags],
  )
  return new Map(rows.map((row) => [row.tag, Number(row.change)]))
}

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS))

/** The tags among those a concept page carries that `write` expired (the writes before it settled first). */
async function expiredBy(concept: Concept, write: () => Promise<unknown>): Promise<string[]> {
  const watched = [CONCEPTS_TAG, CONCEPT_LINKS_TAG, conceptTag(concept.slug)]
  await settle()
  const before = await expiries(watched)
  await write()
  await settle()
  const after = await expiries(watched)
  return watched.filter((tag) => after.get(tag) !== before.get(tag))
}

const publish = (concept: Concept, data: Partial<Concept>) =>
  payload.update({ collection: 'concepts', id: concept.id, data: { ...data, _status: 'published' } })

const saveDraft = (concept: Concept, data: Partial<Concept>) =>
  payload.update({ collection: 'concepts', id: concept.id, data, draft: true })

describe('what a concept write expires', () => {
  it('a published edit of its own words: its page and the lists, not other concept pages', async () => {
    const concept = await createConcept(payload, category)
    const tags = await expiredBy(concept, () => publish(concept, { body: richText(['A clearer second wording.']) }))
    expect(tags).toEqual([CONCEPTS_TAG, conceptTag(concept.slug)])
  })

  it('a draft save: nothing, as readers see nothing new', async () => {
    const concept = await createConcept(payload, category)
    expect(await expiredBy(concept, () => saveDraft(concept, { title: `${concept.title} renamed` }))).toEqual([])
  })

  it('publishing a rename already saved as a draft: every concept page, though the draft had the name', async () => {
    const concept = await createConcept(payload, category)
    const renamed = { title: `${concept.title} renamed`, summary: 'A summary the draft already had.' }
    await saveDraft(concept, renamed)
    const tags = await expiredBy(concept, () => publish(concept, renamed))
    expect(tags).toEqual([CONCEPTS_TAG, CONCEPT_LINKS_TAG, conceptTag(concept.slug)])
    const live = await payload.findByID({ collection: 'concepts', id: concept.id, depth: 0 })
    expect(live.title).toBe(renamed.title)
  })

  it('unpublishing: every concept page', async () => {
    const concept = await createConcept(payload, category)
    const tags = await expiredBy(concept, () =>
      payload.update({ collection: 'concepts', id: concept.id, data: { _status: 'draft' } }),
    )
    expect(tags).toEqual([CONCEPTS_TAG, CONCEPT_LINKS_TAG, conceptTag(concept.slug)])
  })
})
