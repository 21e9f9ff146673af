// GET /api/search: the ranking as JSON, for the header's instant results and headless
// readers. Only published documents are ever indexed, so every caller sees the same.
import { DATABASE_OUTAGE } from '@/api/databaseErrors'
import { isDatabaseUnreachable } from '@/db/unreachable'
import { readSearchRequest } from './query/searchRequest'
import { runSearch, type SearchOutcome } from './runSearch'
import type { SearchDb } from './searchDb'
import { snippetHtml } from './snippet'

const NO_STORE = { 'cache-control': 'no-store' }

function errorResponse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { ...NO_STORE, ...headers } })
}

/** The JSON readers get: snippets as HTML with the matched words in <mark>, everything else escaped. */
export function toApiResponse(outcome: SearchOutcome) {
  return {
    query: outcome.query,
    total: outcome.total,
    page: outcome.page,
    limit: outcome.limit,
    totalPages: Math.ceil(outcome.total / outcome.limit),
    didYouMean: outcome.didYouMean,
    results: outcome.results.map((hit) => ({ ...hit, snippet: snippetHtml(hit.snippet) })),
    facets: outcome.facets,
  }
}

/** Answers a search request from the index in `db`: the route's and `npm start`'s fast path's one handler. */
export async function answerSearchRequest(request: Request, db: SearchDb): Promise<Response> {
  const read = readSearchRequest(new URL(request.url).searchParams)
  if (!read.ok) return errorResponse(400, read.error)
  try {
    const outcome = await runSearch(db, read.request)
    return Response.json(toApiResponse(outcome), { headers: NO_STORE })
  } catch (error) {
    if (!isDatabaseUnreachable(error)) throw error
    return errorResponse(DATABASE_OUTAGE.status, DATABASE_OUTAGE.message, {
      'retry-after': String(DATABASE_OUTAGE.retryAfterSeconds),
    })
  }
}
