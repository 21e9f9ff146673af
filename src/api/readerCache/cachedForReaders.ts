// The REST and GraphQL routes with the readers' cache in front (readerCacheKey.ts says which
// requests it answers, readerAnswers.ts how long): what makes a list of published concepts as
// quick for the thousandth reader as a cached page, while every other request reaches Payload.
import { tagClock } from '@/cache/tagClock.mjs'
import { CATEGORIES_TAG, CONCEPTS_TAG, MEDIA_TAG, USE_CASES_TAG } from '@/content/cacheTags'
import { graphqlReaderKey, restReaderKey } from './readerCacheKey'
import { ReaderAnswers } from './readerAnswers'

/** Every change a reader could see in these collections expires one of these (content/cacheTags.ts). */
const CONTENT_TAGS = [CONCEPTS_TAG, CATEGORIES_TAG, USE_CASES_TAG, MEDIA_TAG]
const MAX_BYTES = 32 * 1024 * 1024

const ANSWERS = Symbol.for('groundwork.readerAnswers')

/** The process's one store, whichever route bundle asks first. */
function readerAnswers(): ReaderAnswers {
  const holder = globalThis as { [ANSWERS]?: ReaderAnswers }
  holder[ANSWERS] ??= new ReaderAnswers(tagClock(), CONTENT_TAGS, MAX_BYTES)
  return holder[ANSWERS]
}

type Route<TContext extends unknown[]> = (request: Request, ...context: TContext) => Promise<Response>

export function cachedRestReads<TContext extends unknown[]>(route: Route<TContext>): Route<TContext> {
  return (request, ...context) => {
    const key = restReaderKey(request)
    if (!key) return route(request, ...context)
    return readerAnswers().answer(key, () => route(request, ...context))
  }
}

/** GraphQL answers with 200 even when a query failed, so an answer is kept only when it holds no errors. */
const withoutErrors = (body: Uint8Array) => !('errors' in (JSON.parse(new TextDecoder().decode(body)) as object))

export function cachedGraphqlReads(route: Route<[]>): Route<[]> {
  return async (request) => {
    const key = graphqlReaderKey(request, await request.clone().text())
    if (!key) return route(request)
    return readerAnswers().answer(key, () => route(request), withoutErrors)
  }
}
