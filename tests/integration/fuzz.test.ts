// Property-based fuzzing of the REST and GraphQL surface, as each role: whatever arrives,
// the answer is below 500, and a refused write leaves the database exactly as it was.
// The seed is fixed so a failure can be replayed; FUZZ_SEED and FUZZ_RUNS explore further.
import fc from 'fast-check'
import * as qs from 'qs-esm'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Concept } from '@/payload-types'
import { rawGraphql, rawRest } from '../helpers/api'
import { databaseFingerprint } from '../helpers/databaseFingerprint'
import { createCategory, createConcept } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { signedIn } from '../helpers/review'

const SEED = Number(process.env.FUZZ_SEED ?? 20261130)
const RUNS = Number(process.env.FUZZ_RUNS ?? 50)

let payload: Payload
let concept: Concept
const tokens: Record<string, string | undefined> = { reader: undefined }

beforeAll(async () => {
  payload = await testPayload()
  concept = await createConcept(payload, await createCategory(payload))
  for (const role of ['editor', 'reviewer', 'admin'] as const) tokens[role] = (await signedIn(payload, [role])).token
})

const role = () => fc.constantFrom('reader', 'editor', 'reviewer', 'admin')
const collection = fc.constantFrom(
  'concepts',
  'faqs',
  'use-cases',
  'categories',
  'media',
  'users',
  'audit-log',
  'nothing',
)
const idSegment = () =>
  fc.oneof(
    fc.constant(String(concept.id)),
    fc.constantFrom('abc', '1.5', '-1', '0', '99999999999999', 'versions', 'count', 'access', '%E0%A4%A', '..%2F..'),
    fc.string({ maxLength: 12 }).map(encodeURIComponent),
  )
const tail = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('/review/submit', '/review/approve', '/duplicate', '/versions', '/preview') },
)
const FIELDS = ['title', 'summary', 'slug', 'category', 'difficulty', 'body', 'keyTraits', 'question', 'answer']
const MORE_FIELDS = [
  'concept',
  'concepts',
  'year',
  'link',
  'name',
  '_status',
  'createdAt',
  'roles',
  'email',
  'password',
]
const fieldName = fc.constantFrom(...FIELDS, ...MORE_FIELDS)
const richText = fc.record({
  root: fc.record({
    type: fc.constantFrom('root', 'heading', 'link'),
    children: fc.array(fc.record({ type: fc.string(), tag: fc.string(), text: fc.string() }), { maxLength: 3 }),
  }),
})
const fieldValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
  richText,
)
const operator = fc.constantFrom(
  'equals',
  'in',
  'not_in',
  'like',
  'exists',
  'near',
  'greater_than',
  'and',
  'or',
  'bogus',
)
const { queryValue } = fc.letrec((tie) => ({
  queryValue: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 10 }),
    fc.integer().map(String),
    fc.dictionary(fc.oneof(operator, fieldName), tie('queryValue'), { maxKeys: 3 }),
  ),
}))
const queryKey = fc.constantFrom('where', 'page', 'limit', 'depth', 'sort', 'draft', 'select', 'populate', 'joins')
const query = fc.dictionary(queryKey, queryValue, { maxKeys: 3 }).map((value) => qs.stringify(value))
const body = fc.oneof(
  fc
    .dictionary(fieldName, fieldValue, { maxKeys: 5 })
    .map((value) => ({ text: JSON.stringify(value), type: 'application/json' })),
  fc.jsonValue({ maxDepth: 4 }).map((value) => ({ text: JSON.stringify(value), type: 'application/json' })),
  fc.record({
    text: fc.string({ maxLength: 60 }),
    type: fc.constantFrom('application/json', 'text/plain', 'application/xml', ''),
  }),
)

const restRequest = () =>
  fc.record({
    role: role(),
    method: fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE') as fc.Arbitrary<'GET' | 'POST' | 'PATCH' | 'DELETE'>,
    path: fc
      .tuple(collection, fc.option(idSegment(), { nil: undefined }), tail)
      .map(([slug, id, rest]) => `${slug}${id === undefined ? '' : `/${id}`}${rest}`),
    query,
    body,
  })

/** A value written as a GraphQL literal (object keys unquoted). */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([key]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(key))
    return `{${entries.map(([key, item]) => `${key}: ${literal(item)}`).join(', ')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

const graphqlDocument = () =>
  fc.oneof(
    fc
      .tuple(queryValue, fc.integer(), fc.integer())
      .map(
        ([where, limit, page]) =>
          `{ Concepts(where: ${literal(where)}, limit: ${limit}, page: ${page}) { docs { id title } } }`,
      ),
    fieldValue.map((id) => `{ Concept(id: ${literal(id)}) { id title } }`),
    fc
      .dictionary(fieldName, fieldValue, { maxKeys: 4 })
      .map((data) => `mutation { createConcept(draft: true, data: ${literal(data)}) { id } }`),
    fc
      .dictionary(fieldName, fieldValue, { maxKeys: 4 })
      .map((data) => `mutation { updateConcept(id: ${concept.id}, draft: true, data: ${literal(data)}) { id } }`),
    fc.string({ maxLength: 80 }),
  )

const settings = { seed: SEED, numRuns: RUNS, endOnFailure: true }

describe('fuzzing the API as readers, editors, reviewers and admins', () => {
  it('REST: every answer is below 500, and refused writes change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(restRequest(), async ({ role, method, path, query, body }) => {
        const writes = method !== 'GET'
        const before = writes ? await databaseFingerprint() : ''
        const response = await rawRest(method, `${path}${query ? `?${query}` : ''}`, {
          token: tokens[role],
          ...(writes ? { body: body.text, contentType: body.type || undefined } : {}),
        })
        expect(response.status, `${method} ${path}?${query} → ${response.text.slice(0, 300)}`).toBeLessThan(500)
        if (writes && response.status >= 400) expect(await databaseFingerprint()).toBe(before)
      }),
      settings,
    )
  }, 240_000)

  it('GraphQL: every answer is below 500, and refused mutations change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(role(), graphqlDocument(), async (role, document) => {
        const mutates = document.startsWith('mutation')
        const before = mutates ? await databaseFingerprint() : ''
        const response = await rawGraphql(JSON.stringify({ query: document }), tokens[role])
        expect(response.status, `${document.slice(0, 200)} → ${response.text.slice(0, 300)}`).toBeLessThan(500)
        const result = JSON.parse(response.text) as { data?: Record<string, unknown> | null; errors?: unknown[] }
        const refused = !result.data || Object.values(result.data).every((value) => value === null)
        if (mutates && refused) expect(await databaseFingerprint()).toBe(before)
      }),
      settings,
    )
  }, 240_000)
})
