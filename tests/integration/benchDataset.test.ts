// The generated bench dataset (tests/bench/dataset), written with plain SQL, reads through
// Payload like content published in the admin: readers find the concepts with their
// category, FAQs and use cases, and reads with drafts find the same newest versions. A
// small dataset, removed afterwards so the files that run later see the database as it was.
import type { CollectionSlug, Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Category, Concept, Faq, UseCase } from '@/payload-types'
import { GENERATED_CATEGORIES } from '../bench/dataset/categories'
import type { FillResult } from '../bench/dataset/fillDatabase'
import { fillGeneratedDataset, type GeneratedDataset } from '../helpers/generatedDataset'
import { testPayload } from '../helpers/payload'

const CONCEPTS = 50

let payload: Payload
let dataset: GeneratedDataset
let filled: FillResult
let concepts: Concept[]
let inDataset: Record<'concepts' | 'use-cases' | 'faqs', Where>

const ids = (docs: { id: number }[]) => docs.map((doc) => doc.id)

beforeAll(async () => {
  payload = await testPayload()
  dataset = await fillGeneratedDataset(payload, CONCEPTS, 7)
  filled = dataset.filled
  concepts = dataset.concepts
  const conceptIds = ids(concepts)
  inDataset = {
    concepts: { id: { in: conceptIds } },
    'use-cases': { concepts: { in: conceptIds } },
    faqs: { concept: { in: conceptIds } },
  }
})

afterAll(async () => dataset.remove())

describe('a generated bench dataset', () => {
  it('reports what it wrote: the concepts, one use case per two, three to five FAQs each', () => {
    expect(filled).toMatchObject({
      concepts: CONCEPTS,
      useCases: CONCEPTS / 2,
      categories: GENERATED_CATEGORIES.length,
    })
    expect(filled.faqs).toBeGreaterThanOrEqual(CONCEPTS * 3)
    expect(filled.faqs).toBeLessThanOrEqual(CONCEPTS * 5)
  })

  it('is published to anonymous readers, each concept with its category, FAQs in order and most with related concepts', () => {
    expect(concepts).toHaveLength(CONCEPTS)
    const categoryNames = GENERATED_CATEGORIES.map(({ name }) => name)
    for (const concept of concepts) {
      expect(concept._status).toBe('published')
      expect(categoryNames).toContain((concept.category as Category).name)
      expect(concept.summary.length).toBeLessThanOrEqual(280)
      expect(concept.keyTraits?.length).toBeGreaterThanOrEqual(3)
      expect(concept.pitfalls?.length).toBeGreaterThanOrEqual(2)
      expect(concept.related?.length).toBeLessThanOrEqual(3)
      expect(concept.readingTime).toBeGreaterThanOrEqual(2)
      const faqs = (concept.faqs?.docs ?? []) as Faq[]
      expect(faqs.length).toBeGreaterThanOrEqual(3)
      expect(faqs.map((faq) => faq.order)).toEqual(faqs.map((_, index) => index + 1))
    }
    // Most have related concepts picked; some show similar ones instead, as real sites do.
    const withRelated = concepts.filter((concept) => (concept.related?.length ?? 0) > 0).length
    expect(withRelated).toBeGreaterThan(CONCEPTS / 2)
    expect(withRelated).toBeLessThan(CONCEPTS)
  })

  it('shows every use case on the pages of the concepts it links', async () => {
    const useCases = await payload.find({
      collection: 'use-cases',
      where: inDataset['use-cases'],
      pagination: false,
      depth: 0,
      overrideAccess: false,
    })
    expect(useCases.docs).toHaveLength(CONCEPTS / 2)
    const onConceptPages = new Set(concepts.flatMap((concept) => ids((concept.useCases?.docs ?? []) as UseCase[])))
    const ascending = (a: number, b: number) => a - b
    expect([...onConceptPages].sort(ascending)).toEqual(ids(useCases.docs).sort(ascending))
  })

  it('reads the same with drafts: the newest version of each document is the published one', async () => {
    for (const collection of ['concepts', 'use-cases', 'faqs'] as const satisfies CollectionSlug[]) {
      const read = async (draft: boolean) =>
        (
          await payload.find({
            collection,
            where: inDataset[collection],
            draft,
            pagination: false,
            depth: 0,
            sort: 'id',
          })
        ).docs
      const published = await read(false)
      expect(published.length, collection).toBeGreaterThan(0)
      expect(await read(true), collection).toEqual(published)
    }
    const [first] = concepts
    const latest = await payload.findByID({ collection: 'concepts', id: first.id, draft: true, depth: 0 })
    expect(latest).toEqual(await payload.findByID({ collection: 'concepts', id: first.id, depth: 0 }))
  })
})
