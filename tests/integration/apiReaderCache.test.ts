// Anonymous API reads of published content are answered from this instance's cache: a repeated
// read costs the database nothing, yet a publish shows in the very next read on this instance
// and within a second on any other, a draft never reaches a reader, and a signed-in read is
// always answered for its own user.
import pg from 'pg'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { expireTagsInDatabase } from '@/cache/tagExpiries.mjs'
import { CATEGORIES_TAG } from '@/content/cacheTags'
import type { Category, Concept } from '@/payload-types'
import { graphqlQuery, rest } from '../helpers/api'
import { createCategory, createConcept, unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { signedIn, type Staff } from '../helpers/review'

let payload: Payload
let category: Category
let concept: Concept
let editor: Staff

/** Queries sent on timers whatever the test does: the job runner's and the cache's tag sync. */
const BACKGROUND_QUERY = /payload_jobs|advisory_lock|groundwork_cache_tags|pg_notify/

function queryText(query: unknown): string {
  return typeof query === 'string' ? query : String((query as { text?: string } | undefined)?.text ?? '')
}

/** The database queries `read` sends, background ones left out. */
async function queriesFor(read: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(pg.Client.prototype, 'query')
  try {
    await read()
    return spy.mock.calls.filter(([query]) => !BACKGROUND_QUERY.test(queryText(query))).length
  } finally {
    spy.mockRestore()
  }
}

const categoryName = async () => (await rest('GET', `categories/${category.id}`)).json.name
const categoryNameInGraphql = async () =>
  ((await graphqlQuery(`{ Category(id: ${category.id}) { name } }`)).json.data?.Category as { name: string }).name

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
  concept = await createConcept(payload, category, { summary: 'Published words.' })
  editor = await signedIn(payload, ['editor'])
})

describe('anonymous API reads', () => {
  it('answer a repeated REST or GraphQL read with the same content and no database query', async () => {
    const path = `concepts?where[id][equals]=${concept.id}`
    const first = await rest('GET', path)
    expect((first.json.docs as Concept[])[0].summary).toBe('Published words.')
    let again: Awaited<ReturnType<typeof rest>> | undefined
    expect(await queriesFor(async () => (again = await rest('GET', path)))).toBe(0)
    expect(again?.json).toEqual(first.json)

    const query = `{ Concepts(where: { id: { equals: ${concept.id} } }) { docs { title category { name } } } }`
    const viaGraphql = await graphqlQuery(query)
    expect(await queriesFor(() => graphqlQuery(query))).toBe(0)
    expect((await graphqlQuery(query)).json).toEqual(viaGraphql.json)
  })

  it('show a change in the very next read on this instance, by REST and GraphQL', async () => {
    expect(await categoryName()).toBe(category.name)
    expect(await categoryNameInGraphql()).toBe(category.name)
    const renamed = unique('Renamed')
    await payload.update({ collection: 'categories', id: category.id, data: { name: renamed } })
    expect(await categoryName()).toBe(renamed)
    expect(await categoryNameInGraphql()).toBe(renamed)
  })

  it('show a change another instance made within a second of its expiry', async () => {
    expect(await categoryName()).toBe((await payload.findByID({ collection: 'categories', id: category.id })).name)
    const renamed = unique('Elsewhere')
    const otherInstance = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await otherInstance.connect()
    try {
      await otherInstance.query('update categories set name = $1 where id = $2', [renamed, category.id])
      await expireTagsInDatabase(otherInstance, [CATEGORIES_TAG])
    } finally {
      await otherInstance.end()
    }
    await expect.poll(categoryName, { timeout: 1_000, interval: 50 }).toBe(renamed)
  })

  it('never give a reader an editor’s draft, whoever read it first', async () => {
    const draftPath = `concepts/${concept.id}?draft=true`
    const saved = await rest('PATCH', draftPath, { body: { summary: 'Draft words.' }, token: editor.token })
    expect(saved.status).toBe(200)
    expect((await rest('GET', draftPath, { token: editor.token })).json.summary).toBe('Draft words.')
    expect((await rest('GET', draftPath)).json.summary).toBe('Published words.')
    expect((await rest('GET', draftPath, { token: editor.token })).json.summary).toBe('Draft words.')
    expect((await rest('GET', draftPath)).json.summary).toBe('Published words.')
  })

  it.each([
    ['a space before its =', (token: string) => `payload-token =${token}`],
    ['a tab after its name', (token: string) => `theme=dark; payload-token\t=${token}`],
  ])('never give a reader what an editor read with a session cookie spelt with %s', async (_, cookie) => {
    const title = unique('Never published')
    const draft = await rest('POST', 'concepts?draft=true', {
      body: { title, summary: 'Secret draft words.', category: category.id, difficulty: 'beginner' },
      token: editor.token,
    })
    expect(draft.status).toBe(201)
    // Without an Origin, Payload takes a session cookie only from its own pages (csrf).
    const session = { cookie: cookie(editor.token), 'sec-fetch-site': 'same-origin' }
    const path = `concepts?where[title][equals]=${encodeURIComponent(title)}`
    expect((await rest('GET', path, { headers: session })).json.totalDocs).toBe(1)
    expect((await rest('GET', path)).json.totalDocs).toBe(0)

    const query = `{ Concepts(draft: true, where: { title: { equals: "${title}" } }) { docs { summary } } }`
    expect(JSON.stringify((await graphqlQuery(query, undefined, session)).json)).toContain('Secret draft words.')
    expect(JSON.stringify((await graphqlQuery(query)).json)).not.toContain('Secret draft words.')
  })

  it('do not keep a GraphQL answer that reports an error', async () => {
    const missing = '{ Concept(id: 999999999) { title } }'
    expect((await graphqlQuery(missing)).json.errors).toBeDefined()
    expect(await queriesFor(() => graphqlQuery(missing))).toBeGreaterThan(0)
  })
})
