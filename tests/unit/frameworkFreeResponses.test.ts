// Reader pages reach readers without Next's client runtime, whether Next wrote the page in one
// piece (a cached page) or in several (a render), compressed when the reader accepts it; every
// other script stays, and staff's pages, drafts, the API and files are left exactly as Next sent them.
import { createHash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { isReaderPageRequest, serveWithoutFramework } from '@/cli/readerPages/frameworkFreeResponses'

const ours = [
  '<script>(function(){document.documentElement.dataset.theme="dark"})()</script>',
  '<script type="module" src="/enhancements/readerPage-AB12CD34.js"></script>',
  '<script type="application/ld+json">{"@type":"DefinedTerm","name":"Transformer"}</script>',
  '<script>$RC("B:0","S:0")</script>',
]
const nexts = [
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/398c2d76j7v7d.js"/>',
  '<script src="/_next/static/chunks/0637v33xsjp-6.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[27201,[],\\"Page \\u003c/script\\u003e “quoted”\\"]"])</script>',
]
const article = `<main><h1>What is a transformer?</h1>${'<p>Attention — every token looks at every other. </p>'.repeat(60)}</main>`
const page = `<!DOCTYPE html><html><head>${nexts[0]}${ours[0]}${ours[1]}</head><body>${article}${nexts[1]}${nexts[2]}${ours[2]}${nexts[3]}${ours[3]}${nexts[4]}${nexts[5]}</body></html>`
const cleanPage = `<!DOCTYPE html><html><head>${ours[0]}${ours[1]}</head><body>${article}${ours[2]}${ours[3]}</body></html>`

type Writer = (response: http.ServerResponse) => void

/** Next writing the whole page at once, as it sends a cached page. */
const inOnePiece: Writer = (response) => {
  response.setHeader('Content-Type', 'text/html; charset=utf-8')
  response.setHeader('Content-Length', Buffer.byteLength(page))
  response.end(page)
}

/** Next streaming a render: headers first and flushed, then the page in pieces. */
const inPieces: Writer = (response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', Vary: 'rsc' })
  response.flushHeaders()
  const bytes = Buffer.from(page)
  // Cut inside a curly quote's bytes and inside a script tag.
  const first = Buffer.byteLength(page.slice(0, page.indexOf('“'))) + 1
  const second = Buffer.byteLength(page.slice(0, page.indexOf('__next_f')))
  response.write(bytes.subarray(0, first))
  response.write(bytes.subarray(first, second))
  response.end(bytes.subarray(second))
}

let server: http.Server | undefined

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

async function serve(writer: Writer): Promise<string> {
  server = http.createServer((request, response) => {
    serveWithoutFramework(request, response)
    writer(response)
  })
  await new Promise<void>((resolve) => server!.listen(0, resolve))
  return `http://localhost:${(server.address() as AddressInfo).port}`
}

/** The raw answer: undici would unzip it and hide the encoding. */
function get(url: string, headers: http.OutgoingHttpHeaders = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .request(url, { method, headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        )
      })
      .on('error', reject)
      .end()
  })
}

describe('a reader page', () => {
  for (const [how, writer] of [
    ['written in one piece', inOnePiece],
    ['streamed in pieces', inPieces],
  ] as const) {
    it(`${how} arrives without Next's scripts and payload, every other script kept, at its real length`, async () => {
      const origin = await serve(writer)
      const { status, headers, body } = await get(`${origin}/concepts/transformer`)
      expect(status).toBe(200)
      expect(body.toString()).toBe(cleanPage)
      expect(Number(headers['content-length'])).toBe(Buffer.byteLength(cleanPage))
      expect(headers['content-encoding']).toBeUndefined()
    })

    it(`${how} is compressed for a reader who accepts gzip, and says it varies by that`, async () => {
      const origin = await serve(writer)
      const { headers, body } = await get(`${origin}/concepts/transformer?from=home`, { 'accept-encoding': 'gzip, br' })
      expect(headers['content-encoding']).toBe('gzip')
      expect(Number(headers['content-length'])).toBe(body.length)
      expect(gunzipSync(body).toString()).toBe(cleanPage)
      expect(headers.vary).toMatch(/accept-encoding/i)
    })
  }

  it('keeps the runtime of the error document Next fills in on the client (a not-found found late)', async () => {
    const errorDocument = page.replace('<html>', '<html id="__next_error__">')
    const origin = await serve((response) => {
      response.statusCode = 404
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      response.end(errorDocument)
    })
    const { status, body } = await get(`${origin}/concepts/not-yet-published`)
    expect(status).toBe(404)
    expect(body.toString()).toBe(errorDocument)
  })

  it('is cleaned once per version: a page republished under a new ETag is served as it now is', async () => {
    let version = page
    const origin = await serve((response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      response.setHeader('ETag', `"${createHash('sha1').update(version).digest('hex').slice(0, 16)}"`)
      response.end(version)
    })
    expect((await get(`${origin}/concepts/transformer`)).body.toString()).toBe(cleanPage)
    expect((await get(`${origin}/concepts/transformer`)).body.toString()).toBe(cleanPage)
    version = page.replace('What is a transformer?', 'What is a transformer model?')
    const republished = await get(`${origin}/concepts/transformer`, { 'accept-encoding': 'gzip' })
    expect(gunzipSync(republished.body).toString()).toBe(
      cleanPage.replace('What is a transformer?', 'What is a transformer model?'),
    )
  })

  it('answers a reader whose copy is current with a bare 304', async () => {
    const origin = await serve((response) => {
      response.statusCode = 304
      response.setHeader('ETag', '"unchanged"')
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      response.end()
    })
    const { status, headers, body } = await get(`${origin}/about`, { 'if-none-match': '"unchanged"' })
    expect(status).toBe(304)
    expect(headers['content-length']).toBeUndefined()
    expect(headers.etag).toBe('"unchanged"')
    expect(body.length).toBe(0)
  })

  it('answers HEAD with its headers and no body', async () => {
    const origin = await serve(inOnePiece)
    const { status, headers, body } = await get(`${origin}/`, {}, 'HEAD')
    expect(status).toBe(200)
    expect(headers['content-type']).toMatch(/^text\/html/)
    expect(body.length).toBe(0)
  })
})

describe('what is left to Next as it is', () => {
  const request = (url: string, method = 'GET', headers: http.IncomingHttpHeaders = {}) =>
    ({ url, method, headers }) as http.IncomingMessage

  it('takes over the pages readers read, with or without a query', () => {
    for (const url of ['/', '/concepts', '/concepts/transformer', '/categories/retrieval?page=2', '/search?q=rag']) {
      expect(isReaderPageRequest(request(url)), url).toBe(true)
    }
    expect(isReaderPageRequest(request('/about', 'HEAD'))).toBe(true)
  })

  it('leaves the admin, the API, Next’s files, files, previews, RSC requests, drafts and form posts', () => {
    const left = [
      request('/admin'),
      request('/admin/collections/concepts'),
      request('/api/concepts?limit=10'),
      request('/_next/static/chunks/0637v33xsjp-6.js'),
      request('/feed.xml'),
      request('/enhancements/readerPage-AB12CD34.js'),
      request('/preview?slug=transformer'),
      request('/concepts/transformer', 'GET', { rsc: '1' }),
      request('/concepts/transformer', 'GET', { cookie: 'theme=dark; __prerender_bypass=abc123' }),
      request('/newsletter', 'POST'),
    ]
    for (const left_ of left) expect(isReaderPageRequest(left_), `${left_.method} ${left_.url}`).toBe(false)
  })

  it('sends a page it left alone exactly as Next wrote it', async () => {
    server = http.createServer((request, response) => {
      expect(serveWithoutFramework(request, response)).toBe(false)
      inOnePiece(response)
    })
    await new Promise<void>((resolve) => server!.listen(0, resolve))
    const origin = `http://localhost:${(server.address() as AddressInfo).port}`
    const { body } = await get(`${origin}/concepts/transformer`, { cookie: '__prerender_bypass=abc123' })
    expect(body.toString()).toBe(page)
  })
})
