// Which API requests may share one cached answer: anonymous reads of published content only.
// A request with credentials, a write, a mutation or a read of anything else gets no key.
import { describe, expect, it } from 'vitest'
import { graphqlReaderKey, restReaderKey } from '@/api/readerCache/readerCacheKey'

const get = (path: string, headers: HeadersInit = {}) => new Request(`http://localhost${path}`, { headers })
const graphql = (query: string, headers: HeadersInit = {}) => {
  const body = JSON.stringify({ query })
  return { request: new Request('http://localhost/api/graphql', { method: 'POST', headers, body }), body }
}

describe('the REST reads readers share', () => {
  it('keys an anonymous list, count or document of a content collection by its address', () => {
    for (const path of ['/api/concepts?limit=10', '/api/use-cases/12', '/api/faqs/count', '/api/categories']) {
      expect(restReaderKey(get(path))).toContain(path)
    }
    expect(restReaderKey(get('/api/concepts?limit=10'))).not.toBe(restReaderKey(get('/api/concepts?limit=20')))
  })

  it('keys each Origin apart, as its CORS headers differ', () => {
    const origin = { origin: 'https://partner.example' }
    expect(restReaderKey(get('/api/concepts', origin))).not.toBe(restReaderKey(get('/api/concepts')))
  })

  it('never shares a signed-in read, by header, API key or session cookie', () => {
    expect(restReaderKey(get('/api/concepts', { authorization: 'JWT abc' }))).toBeUndefined()
    expect(restReaderKey(get('/api/concepts', { authorization: 'users API-Key abc' }))).toBeUndefined()
    expect(restReaderKey(get('/api/concepts', { cookie: 'theme=dark; payload-token=abc' }))).toBeUndefined()
    expect(restReaderKey(get('/api/concepts', { cookie: 'payload-token =abc' }))).toBeUndefined()
    expect(restReaderKey(get('/api/concepts', { cookie: 'theme=dark; payload-token\t=abc' }))).toBeUndefined()
    expect(restReaderKey(get('/api/concepts', { cookie: 'theme=dark' }))).toBeDefined()
  })

  it('never shares a write, or a read of users, subscribers, versions or an endpoint', () => {
    expect(restReaderKey(new Request('http://localhost/api/concepts', { method: 'POST' }))).toBeUndefined()
    for (const path of ['/api/users', '/api/subscribers', '/api/concepts/versions', '/api/concepts/12/review']) {
      expect(restReaderKey(get(path))).toBeUndefined()
    }
  })
})

describe('the GraphQL reads readers share', () => {
  it('keys an anonymous query of content collections by its body', () => {
    const { request, body } = graphql('{ Concepts(limit: 10) { docs { title } } countFaqs { totalDocs } }')
    expect(graphqlReaderKey(request, body)).toContain(body)
  })

  it('never shares a mutation, a read of users, a signed-in query or a body that is not a query', () => {
    const cases = [
      graphql('mutation { updateConcept(id: 1, data: { title: "x" }) { id } }'),
      graphql('{ Concepts { docs { title } } Users { docs { email } } }'),
      graphql('{ ...on Query { Concepts { docs { title } } } }'),
      graphql('{ Concepts { docs { title } } }', { authorization: 'JWT abc' }),
      graphql('{ Concepts { docs { title } '),
    ]
    for (const { request, body } of cases) expect(graphqlReaderKey(request, body)).toBeUndefined()
    const notJson = new Request('http://localhost/api/graphql', { method: 'POST', body: 'query' })
    expect(graphqlReaderKey(notJson, 'query')).toBeUndefined()
  })
})
