// A concept page read (a cache miss) costs the same number of database queries
// however many FAQs and use cases the concept has.
import pg from 'pg'
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Category, Concept } from '@/payload-types'
import { getConceptPage } from '@/content/reads/concepts'
import { slugify } from '@/fields/slugify'
import { richText } from '@/seed/richText'
import { createCategory, createConcept, unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
let category: Category

async function withCompanions(count: number): Promise<Concept> {
  const concept = await createConcept(payload, category)
  for (let i = 0; i < count; i += 1) {
    await payload.create({
      collection: 'faqs',
      data: { question: `Question ${i}?`, answer: richText(['Answer.']), concept: concept.id, _status: 'published' },
    })
    const title = unique('Use case')
    await payload.create({
      collection: 'use-cases',
      data: {
        title,
        slug: slugify(title),
        organization: 'Acme',
        summary: 'Did it.',
        concepts: [concept.id],
        _status: 'published',
      },
    })
  }
  return concept
}

async function countedRead(slug: string): Promise<number> {
  const spy = vi.spyOn(pg.Client.prototype, 'query')
  const page = await getConceptPage(slug)
  const calls = spy.mock.calls.length
  spy.mockRestore()
  expect(page?.slug).toBe(slug)
  return calls
}

/**
 * The spy counts every query the process sends, and the job runner polls its queue on its
 * own timer: the fewest of three reads is the read's own count.
 */
async function queriesToRead(slug: string): Promise<number> {
  const counts = [await countedRead(slug), await countedRead(slug), await countedRead(slug)]
  return Math.min(...counts)
}

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
})

afterEach(() => vi.restoreAllMocks())

describe('reading a concept page', () => {
  it('costs a fixed number of queries, independent of its FAQs and use cases', async () => {
    const small = await withCompanions(1)
    const large = await withCompanions(8)
    const smallCount = await queriesToRead(small.slug)
    expect(smallCount).toBeGreaterThan(0)
    expect(await queriesToRead(large.slug)).toBe(smallCount)
  })
})
