// `npm start` answers GET /api/search itself, before Next: the same handler as the route
// (src/search/searchApi.ts) over a small pool of its own, with the headers Next would add
// to an API response. On this 2-core machine Next's routing costs more per request than a
// search of the demo content does, and search is the one API readers call as they type.
import type http from 'node:http'
import pg from 'pg'
import { answerSearch } from '@/search/searchApi'
import { securityHeaders } from '@/security/securityHeaders.mjs'

export const SEARCH_API_PATH = '/api/search'

/** The headers Next sends with an /api response: the site-wide ones, then the API's. */
function apiHeaders(): Map<string, string> {
  const rules = securityHeaders({ production: process.env.NODE_ENV === 'production' })
  const merged = new Map<string, string>()
  for (const rule of rules.filter(({ source }) => source === '/:path*' || source === '/api/:path*')) {
    for (const { key, value } of rule.headers) merged.set(key, value)
  }
  return merged
}

export type SearchFastPath = {
  /** Answers the request when it is a search, and says whether it did. */
  answer: (request: http.IncomingMessage, response: http.ServerResponse) => boolean
  stop: () => Promise<void>
}

export function searchFastPath(databaseUrl: string | undefined): SearchFastPath {
  // Connections stay open while idle: each keeps its prepared search statements and their plans.
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 4,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 0,
  })
  // An idle connection the database drops (an outage) is replaced on the next search.
  pool.on('error', () => undefined)
  const headers = apiHeaders()

  async function respond(request: http.IncomingMessage, response: http.ServerResponse, url: URL) {
    const answer = await answerSearch(url.searchParams, pool)
    for (const [key, value] of headers) response.setHeader(key, value)
    for (const [key, value] of Object.entries(answer.headers)) response.setHeader(key, value)
    const body = Buffer.from(answer.body)
    response.statusCode = answer.status
    response.setHeader('content-length', body.length)
    response.end(request.method === 'HEAD' ? undefined : body)
  }

  return {
    answer(request, response) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return false
      const url = new URL(request.url ?? '/', 'http://localhost')
      if (url.pathname !== SEARCH_API_PATH) return false
      respond(request, response, url).catch(() => {
        if (!response.headersSent) response.statusCode = 500
        response.end()
      })
      return true
    },
    stop: () => pool.end(),
  }
}
