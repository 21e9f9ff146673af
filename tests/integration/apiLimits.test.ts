// No single API request can ask for an unbounded response: nested GraphQL is refused with
// a 400 that says why, and every list is capped, anonymous or signed in.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_API_DEPTH, MAX_API_PAGE_SIZE } from '@/api/boundApiReads'
import { slugify } from '@/fields/slugify'
import { graphqlQuery, rest } from '../helpers/api'
import { createCategory, createConcept, unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { signedIn, type Staff } from '../helpers/review'

let payload: Payload
let admin: Staff

/** `{ Concepts(limit: 100) { docs { related { related { … { id } } } } } }`, `levels` deep in `related`. */
function nestedRelated(levels: number): string {
  return `{ Concepts(limit: 100) { docs { ${'related { '.repeat(levels)}id${' }'.repeat(levels)} } } }`
}

beforeAll(async () => {
  payload = await testPayload()
  admin = await signedIn(payload, ['admin'])
  const category = await createCategory(payload)
  const first = await createConcept(payload, category)
  const second = await createConcept(payload, category, { related: [first.id] })
  await payload.update({ collection: 'concepts', id: first.id, data: { related: [second.id] } })
  const existing = (await payload.count({ collection: 'categories' })).totalDocs
  for (let index = existing; index <= MAX_API_PAGE_SIZE; index += 1) {
    const name = unique('Bulk category')
    await payload.create({ collection: 'categories', data: { name, slug: slugify(name), accent: 'green' } })
  }
})

describe('GraphQL', () => {
  it('refuses a query nested 20 levels deep with a 400 that says why, and memory stays flat over 50 of them', async () => {
    const query = nestedRelated(20)
    const first = await graphqlQuery(query)
    expect(first.status).toBe(400)
    expect(JSON.stringify(first.json.errors)).toMatch(/nests 23 levels deep; at most 10 are allowed/)
    expect(first.json.data).toBeUndefined()

    const before = process.memoryUsage().heapUsed
    for (let request = 0; request < 50; request += 1) expect((await graphqlQuery(query)).status).toBe(400)
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024)
  })

  it('refuses lists within lists whose fan-out could be huge, even within the depth limit', async () => {
    const response = await graphqlQuery(nestedRelated(5))
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json.errors)).toMatch(/could return about [\d,]+ values; at most 20,000 are allowed/)
  })

  it('answers ordinary queries, such as the README’s', async () => {
    const response = await graphqlQuery(
      '{ Concepts(where: { difficulty: { equals: beginner } }) { docs { title slug readingTime category { name } related { title } } } }',
    )
    expect(response.status).toBe(200)
    expect(response.json.errors).toBeUndefined()
    expect((response.json.data?.Concepts as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
  })

  it.each([
    ['anonymous', undefined],
    ['an admin', 'admin'],
  ])('caps a list at %s’s request', async (_who, role) => {
    const token = role ? admin.token : undefined
    const response = await graphqlQuery(`{ Categories(limit: 100000) { docs { id } totalDocs } }`, token)
    const categories = response.json.data?.Categories as { docs: unknown[]; totalDocs: number }
    expect(categories.totalDocs).toBeGreaterThan(MAX_API_PAGE_SIZE)
    expect(categories.docs).toHaveLength(MAX_API_PAGE_SIZE)
  })
})

describe('REST lists', () => {
  it.each(['limit=100000', 'limit=0', 'pagination=false'])(
    'return at most a page of documents for ?%s',
    async (query) => {
      for (const token of [undefined, admin.token]) {
        const response = await rest('GET', `categories?${query}`, { token })
        expect(response.status).toBe(200)
        expect(response.json.docs).toHaveLength(MAX_API_PAGE_SIZE)
        expect(response.json.hasNextPage).toBe(true)
      }
    },
  )

  it('populate relationships a few levels deep at most, even when asked to populate them all', async () => {
    const response = await rest('GET', `concepts?depth=50&limit=5&populate[concepts][related]=true`)
    expect(response.status).toBe(200)
    const withRelated = (response.json.docs as { related?: unknown[] }[]).find((doc) => doc.related?.length)
    let level: unknown = withRelated
    let depth = 0
    while (level && typeof level === 'object' && Array.isArray((level as { related?: unknown[] }).related)) {
      level = (level as { related: unknown[] }).related[0]
      depth += 1
    }
    expect(depth).toBe(MAX_API_DEPTH + 1)
    expect(typeof level).toBe('number')
  })
})
