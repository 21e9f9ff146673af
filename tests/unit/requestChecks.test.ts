import { describe, expect, it } from 'vitest'
import { databaseRefusal } from '@/api/databaseErrors'
import { isSerialId } from '@/api/guardEndpointParams'
import { jsonNesting } from '@/api/request/jsonNesting'
import { queryRefusal, whereRefusal } from '@/api/request/queryParameters'
import { requestBodyRefusal } from '@/api/request/requestBody'

const query = (search: string) => queryRefusal(new URL(`http://localhost/api/concepts?${search}`))
const post = (body: BodyInit, contentType?: string) =>
  new Request('http://localhost/api/concepts', {
    method: 'POST',
    body,
    headers: contentType ? { 'content-type': contentType } : {},
  })

describe('JSON nesting', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    expect(jsonNesting('{"a":[{"b":1}]}')).toBe(3)
    expect(jsonNesting('{"a":"[[[[{{{{"}')).toBe(1)
    expect(jsonNesting('{"a":"\\"[[["}')).toBe(1)
    expect(jsonNesting('['.repeat(100_000))).toBe(100_000)
  })
})

describe('document ids', () => {
  it.each(['1', '42', '2147483647'])('%s is an id', (id) => expect(isSerialId(id)).toBe(true))
  it.each(['0', '-1', '1.5', 'abc', '01', '2147483648', '99999999999999', ''])('%s is not', (id) =>
    expect(isSerialId(id)).toBe(false),
  )
})

describe('query parameters', () => {
  it('accepts what the admin and API clients send', () => {
    expect(query('limit=10&page=2&depth=0&sort=-updatedAt&where[title][like]=attention')).toBeUndefined()
    expect(query('where[or][0][and][0][slug][equals]=rag&where[or][1][id][in]=1,2')).toBeUndefined()
  })

  it.each([
    ['page=-1', /"page" must be a whole number of 1 or more/],
    ['page=0', /"page"/],
    ['limit=abc', /"limit"/],
    ['depth=1.5', /"depth"/],
    ['where=notanobject', /"where" must be an object/],
    ['where[slug]=x', /must name an operator/],
    ['where[slug][near]=1,2', /map points only/],
    ['where[slug][resembles]=x', /not a query operator/],
    ['where[and]=x', /"and" must hold a list/],
  ])('refuses %s', (search, message) => expect(query(search)?.message).toMatch(message))

  it('bounds the number of conditions', () => {
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}`, { equals: 'x' }]))
    expect(whereRefusal(many)?.message).toMatch(/at most 200 conditions/)
  })
})

describe('request bodies', () => {
  it('accepts a JSON object, an empty body and a multipart form with a JSON _payload', async () => {
    expect(await requestBodyRefusal(post('{"title":"x"}', 'application/json'), { formAllowed: true })).toBeUndefined()
    expect(await requestBodyRefusal(post(''), { formAllowed: true })).toBeUndefined()
    const form = new FormData()
    form.append('_payload', '{"alt":"A diagram"}')
    expect(await requestBodyRefusal(post(form), { formAllowed: true })).toBeUndefined()
  })

  it('refuses forms on GraphQL, where only JSON is spoken', async () => {
    const form = new FormData()
    form.append('query', '{ Concepts { docs { id } } }')
    expect((await requestBodyRefusal(post(form), { formAllowed: false }))?.status).toBe(415)
  })

  it('refuses a body over 2 MB with a 413', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(3 * 1024 * 1024) })
    expect((await requestBodyRefusal(post(big, 'application/json'), { formAllowed: true }))?.status).toBe(413)
  })
})

describe('database refusals', () => {
  it('turns input the database refused into a 400, through Drizzle’s wrapping', () => {
    const cause = Object.assign(new Error('invalid input syntax for type integer: "abc"'), { code: '22P02' })
    expect(databaseRefusal(Object.assign(new Error('Failed query'), { cause }))).toMatchObject({ status: 400 })
    expect(databaseRefusal(Object.assign(new Error('fk'), { code: '23503' }))?.message).toMatch(/does not exist/)
  })

  it('leaves the server’s own failures alone', () => {
    expect(databaseRefusal(Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }))).toBeUndefined()
    expect(databaseRefusal(Object.assign(new Error('deadlock'), { code: '40P01' }))).toBeUndefined()
    expect(databaseRefusal(new TypeError('x is undefined'))).toBeUndefined()
  })
})
