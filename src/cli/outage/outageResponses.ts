// A response that fails (500) while the database is unreachable is an outage, not a bug:
// it becomes a 503 with Retry-After. Pages get the outage page in place of Next's error
// page; the API keeps its JSON body. Next's App Router cannot answer a page with 503 itself.
import type { ServerResponse } from 'node:http'
import type { DatabaseWatch } from './databaseWatch'
import { OUTAGE_PAGE, OUTAGE_RETRY_AFTER_SECONDS } from './outagePage'

type Method = (this: ServerResponse, ...args: unknown[]) => unknown

const OUTAGE_HEADERS = {
  'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS),
  'Cache-Control': 'no-store',
  'Content-Type': 'text/html; charset=utf-8',
}

/**
 * Every admin page needs the database, and streams its first bytes (with a 200) before it
 * finds out there is none: while the database is unreachable, the outage page answers the
 * admin at once. Returns whether it did.
 */
export function answeredAsOutage(path: string | undefined, response: ServerResponse, database: DatabaseWatch) {
  const admin = path === '/admin' || (path?.startsWith('/admin/') ?? false) || (path?.startsWith('/admin?') ?? false)
  if (database.reachable || !admin) return false
  response.writeHead(503, OUTAGE_HEADERS)
  response.end(OUTAGE_PAGE)
  return true
}

/** Makes `response` answer 503 where it would answer 500 while `database` is unreachable. */
export function answerOutagesWith503(path: string | undefined, response: ServerResponse, database: DatabaseWatch) {
  const writeHead = response.writeHead as unknown as Method
  const write = response.write as unknown as Method
  const end = response.end as unknown as Method
  const forApi = path?.startsWith('/api/') ?? false
  let replacingBody = false

  const decided: Method = function (status, ...rest) {
    if (status !== 500 || database.reachable) return writeHead.call(this, status, ...rest)
    this.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS))
    this.setHeader('Cache-Control', 'no-store')
    if (forApi) return writeHead.call(this, 503, ...rest)
    replacingBody = true
    // Next may have set these for its own body (compressed, of a known length); ours is plain.
    this.removeHeader('Content-Length')
    this.removeHeader('Content-Encoding')
    this.setHeader('Content-Type', 'text/html; charset=utf-8')
    return writeHead.call(this, 503)
  }
  /** Decides the status before the first byte, so a replaced body never starts with Next's. */
  const beforeFirstByte = (self: ServerResponse) => {
    if (!self.headersSent) decided.call(self, self.statusCode)
  }

  response.writeHead = decided as unknown as ServerResponse['writeHead']
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    beforeFirstByte(this)
    return replacingBody ? true : write.apply(this, args)
  } as unknown as ServerResponse['write']
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    beforeFirstByte(this)
    const callback = args.find((arg) => typeof arg === 'function')
    return replacingBody ? end.call(this, OUTAGE_PAGE, callback) : end.apply(this, args)
  } as unknown as ServerResponse['end']
}
