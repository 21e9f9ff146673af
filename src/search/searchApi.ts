// GET /api/search: the ranking as JSON, for the header's instant results and headless
// readers. Only published documents are ever indexed, so every caller sees the same.
// The answer is plain data (status, headers, JSON text): the route makes a Response of it,
// and `npm start`'s fast path writes it to Node's response without one.
import { DATABASE_OUTAGE } from '@/api/databaseErrors'
import { isDatabaseUnreachable } from '@/db/unreachable'
import { readSearchRequest } from './query/searchRequest'
import { runSearch, type SearchOutcome } from './runSearch'
import type { SearchReader } from './searchReader'
import { snippetHtml } from './snippet'

export type SearchAnswer = { status: number; headers: Record<string, string>; body: string }

const JSON_HEADERS = { 'content-type': 'application/json', 'cache-control': 'no-store' }

function errorAnswer(status: number, message: string, headers: Record<string, string> = {}): SearchAnswer {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify({ errors: [{ message }] }) }
}

/** The JSON readers get: snippets as HTML with the matched words in <mark>, everything else escaped. */
function toApiResponse(outcome: SearchOutcome) {
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

/** Answers a search with these query parameters from the index: the route's and the fast path's one handler. */
export async function answerSearch(parameters: URLSearchParams, reader: SearchReader): Promise<SearchAnswer> {
  const read = readSearchRequest(parameters)
  if (!read.ok) return errorAnswer(400, read.error)
  try {
    const outcome = await runSearch(reader, read.request)
    return { status: 200, headers: JSON_HEADERS, body: JSON.stringify(toApiResponse(outcome)) }
  } catch (error) {
    if (!isDatabaseUnreachable(error)) throw error
    return errorAnswer(DATABASE_OUTAGE.status, DATABASE_OUTAGE.message, {
      'retry-after': String(DATABASE_OUTAGE.retryAfterSeconds),
    })
  }
}

/** The same answer as a web Response, for the route. */
export async function answerSearchRequest(request: Request, reader: SearchReader): Promise<Response> {
  const answer = await answerSearch(new URL(request.url).searchParams, reader)
  return new Response(answer.body, { status: answer.status, headers: answer.headers })
}
