import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { answeredAsOutage, answerOutagesWith503 } from '@/cli/outage/outageResponses'
import { isDatabaseUnreachable } from '@/db/unreachable'

type Handler = (response: http.ServerResponse) => void
let server: http.Server | undefined

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

/** Serves one response from `handler` behind the outage rule, with the database reachable or not. */
async function serve(reachable: boolean, path: string, handler: Handler) {
  server = http.createServer((request, response) => {
    answerOutagesWith503(request.url, response, { reachable, stop: () => undefined })
    handler(response)
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const response = await fetch(`http://127.0.0.1:${port}${path}`)
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text() }
}

const failing: Handler = (response) => {
  response.statusCode = 500
  response.setHeader('content-type', 'text/html')
  response.write('<p>Next error page, part one')
  response.end(' and part two</p>')
}

describe('answers while the database is unreachable', () => {
  it('turn a failing page into the 503 outage page with Retry-After', async () => {
    const answer = await serve(false, '/concepts/new', failing)
    expect(answer).toMatchObject({ status: 503, retryAfter: '30' })
    expect(answer.body).toContain('<h1>Back in a moment</h1>')
    expect(answer.body).not.toContain('Next error page')
  })

  it('send the outage page plain, whatever encoding Next chose for its own', async () => {
    const answer = await serve(false, '/concepts/new', (response) => {
      response.statusCode = 500
      response.setHeader('content-encoding', 'gzip')
      response.end(Buffer.from([0x1f, 0x8b, 0x08]))
    })
    expect(answer.status).toBe(503)
    expect(answer.body).toContain('<h1>Back in a moment</h1>')
  })

  it('answer the admin with the outage page at once, before it streams a 200', async () => {
    let reachedNext = false
    server = http.createServer((request, response) => {
      if (answeredAsOutage(request.url, response, { reachable: false, stop: () => undefined })) return
      reachedNext = true
      response.end('admin shell')
    })
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const response = await fetch(`http://127.0.0.1:${port}/admin/collections/concepts`)
    expect(response.status).toBe(503)
    expect(await response.text()).toContain('admin is unavailable until the database is back')
    expect(reachedNext).toBe(false)
  })

  it('keep the API’s own body, as a 503', async () => {
    const answer = await serve(false, '/api/concepts', (response) => {
      response.writeHead(500, { 'content-type': 'application/json' })
      response.end('{"errors":[{"message":"Something went wrong."}]}')
    })
    expect(answer).toMatchObject({ status: 503, retryAfter: '30' })
    expect(JSON.parse(answer.body).errors[0].message).toBe('Something went wrong.')
  })

  it('leave cached pages and real errors alone', async () => {
    const cached = await serve(false, '/concepts/rag', (response) => response.end('cached page'))
    expect(cached).toMatchObject({ status: 200, body: 'cached page', retryAfter: null })
    const bug = await serve(true, '/concepts/new', failing)
    expect(bug).toMatchObject({ status: 500, body: '<p>Next error page, part one and part two</p>' })
  })
})

describe('an unreachable database', () => {
  it('is told apart from a refused query, through the errors that wrap it', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
    expect(isDatabaseUnreachable(Object.assign(new Error('Failed query'), { cause: refused }))).toBe(true)
    expect(isDatabaseUnreachable({ originalError: Object.assign(new Error('shutdown'), { code: '57P01' }) })).toBe(true)
    expect(isDatabaseUnreachable(new Error('timeout exceeded when trying to connect'))).toBe(true)
    expect(isDatabaseUnreachable(Object.assign(new Error('bad id'), { code: '22P02' }))).toBe(false)
    expect(isDatabaseUnreachable(new TypeError('x is undefined'))).toBe(false)
  })
})
