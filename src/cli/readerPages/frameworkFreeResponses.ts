// Serves reader pages without Next's client runtime (frameworkScripts.ts says why). Next writes
// the page, compressed if the reader accepts it; the page must be read before it is compressed,
// so for these requests Next is told no compression is accepted, and the page is gathered,
// cleaned and compressed here. The admin, the API, Next's own files, RSC requests and drafts
// (live preview refreshes through React) are left to Next as they are.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { cleanedPage } from './cleanedPages'

const NOT_READER_PAGES = ['/admin', '/api', '/_next', '/preview']
/** Next's draft mode cookie: a staff member previewing drafts. */
const DRAFT_MODE_COOKIE = /(?:^|;\s*)__prerender_bypass=/
/** Compressing less than this saves less than the compression costs. */
const MIN_COMPRESSED_BYTES = 1024

type Method = (this: ServerResponse, ...args: unknown[]) => unknown

/** A page a reader reads: GET or HEAD, not a file (no dot in its last segment), not staff's. */
export function isReaderPageRequest(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (request.headers.rsc !== undefined || request.headers['next-router-prefetch'] !== undefined) return false
  if (DRAFT_MODE_COOKIE.test(request.headers.cookie ?? '')) return false
  const path = (request.url ?? '/').split('?')[0]
  if (NOT_READER_PAGES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return false
  return !path.slice(path.lastIndexOf('/')).includes('.')
}

const isHtml = (response: ServerResponse) => String(response.getHeader('content-type') ?? '').startsWith('text/html')

type Chunk = string | Buffer

function chunkOf(chunk: unknown, encoding: unknown): Chunk | null {
  if (typeof chunk === 'string') {
    const given = typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'
    return given === 'utf8' || given === 'utf-8' ? chunk : Buffer.from(chunk, given)
  }
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  return null
}

const bytesOf = (chunks: Chunk[]) =>
  Buffer.concat(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk)))

const textOf = (chunks: Chunk[]) =>
  chunks.length === 1 && typeof chunks[0] === 'string' ? chunks[0] : bytesOf(chunks).toString('utf8')

function varyOnEncoding(response: ServerResponse): void {
  const vary = String(response.getHeader('vary') ?? '')
  if (!/\baccept-encoding\b/i.test(vary))
    response.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
}

/** The body a reader gets: cleaned when it is a page, compressed when they accept it. */
function finalBody(response: ServerResponse, chunks: Chunk[], acceptsGzip: boolean): Buffer {
  if (!isHtml(response)) return bytesOf(chunks)
  const etag = response.getHeader('etag')
  const length = chunks.reduce((sum, chunk) => sum + chunk.length, 0)
  if (length === 0) return Buffer.alloc(0)
  const page = cleanedPage(etag === undefined ? undefined : `${String(etag)} ${length}`, () => textOf(chunks))
  varyOnEncoding(response)
  if (!acceptsGzip || page.plain.length < MIN_COMPRESSED_BYTES) return page.plain
  response.setHeader('content-encoding', 'gzip')
  return page.gzipped()
}

/** Takes over `response` when `request` is for a reader page; returns whether it did. */
export function serveWithoutFramework(request: IncomingMessage, response: ServerResponse): boolean {
  if (!isReaderPageRequest(request)) return false
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
  delete request.headers['accept-encoding']
  const writeHead = response.writeHead as unknown as Method
  const end = response.end as unknown as Method
  const chunks: Chunk[] = []
  let ending = false

  // Headers wait for the whole body (its length and encoding change), until it is sent.
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (ending) return writeHead.call(this, status, ...rest)
    this.statusCode = status
    if (typeof rest[0] === 'string') this.statusMessage = rest[0]
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null) as OutgoingHttpHeaders | undefined
    for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) this.setHeader(name, value)
    return this
  } as unknown as ServerResponse['writeHead']
  response.flushHeaders = () => {}
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    const written = chunkOf(chunk, rest[0])
    if (written) chunks.push(written)
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined
    if (callback) process.nextTick(callback)
    return true
  } as unknown as ServerResponse['write']
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    const written = typeof chunk === 'function' ? null : chunkOf(chunk, rest[0])
    if (written) chunks.push(written)
    const callback = [chunk, ...rest].find((arg) => typeof arg === 'function')
    const body = finalBody(this, chunks, acceptsGzip)
    // A HEAD or "not modified" answer has no body to measure.
    const bodiless = request.method === 'HEAD' || this.statusCode === 304
    if (bodiless) this.removeHeader('content-length')
    else if (!this.headersSent) this.setHeader('content-length', body.length)
    ending = true
    return end.call(this, bodiless ? undefined : body, callback)
  } as unknown as ServerResponse['end']
  return true
}
