// Which API requests read only what every reader sees, and so can share one answer: a request
// with no credentials (no Authorization header, no session cookie) that reads published
// content (the concepts, categories, use cases and FAQs), by REST GET or as a GraphQL query.
// Anything else (a signed-in editor, a write, a mutation, users or subscribers) is never cached.
import { Kind, parse, type DocumentNode } from 'graphql'

const CONTENT_COLLECTIONS = ['concepts', 'categories', 'use-cases', 'faqs']
const REST_READ = new RegExp(`^/api/(?:${CONTENT_COLLECTIONS.join('|')})(?:/count|/\\d+)?/?$`)

/** GraphQL's root fields for those collections: `Concepts`, `Concept`, `countConcepts`, and so on. */
const GRAPHQL_READS = new Set(
  [
    ['Concept', 'Concepts'],
    ['Category', 'Categories'],
    ['UseCase', 'UseCases'],
    ['Faq', 'Faqs'],
  ].flatMap(([one, many]) => [one, many, `count${many}`]),
)

/**
 * Payload's session cookie, however it is spelt: Payload trims the space around a cookie's name
 * (`payload-token =…` signs in), so any mention of the name counts. A reader who happens to send
 * it in another cookie's value only misses the cache.
 */
const SESSION_COOKIE = /payload-token/i

function anonymous(request: Request): boolean {
  return !request.headers.has('authorization') && !SESSION_COOKIE.test(request.headers.get('cookie') ?? '')
}

/** Answers differ by Origin (the CORS headers), so it is part of the key. */
const originPart = (request: Request) => request.headers.get('origin') ?? ''

/** The key a REST read shares its answer under, or undefined when it must be answered alone. */
export function restReaderKey(request: Request): string | undefined {
  if (request.method !== 'GET' || !anonymous(request)) return undefined
  const url = new URL(request.url)
  if (!REST_READ.test(url.pathname)) return undefined
  return `rest ${originPart(request)} ${url.pathname}${url.search}`
}

function parsed(query: string): DocumentNode | undefined {
  try {
    return parse(query)
  } catch {
    return undefined
  }
}

/** True for a document of one query operation whose root fields all read content collections. */
function readsContentOnly(document: DocumentNode): boolean {
  const [operation, ...others] = document.definitions
  if (others.length > 0 || operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'query')
    return false
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && GRAPHQL_READS.has(selection.name.value),
  )
}

/** The key a GraphQL request (its JSON body given) shares its answer under, or undefined. */
export function graphqlReaderKey(request: Request, body: string): string | undefined {
  if (request.method !== 'POST' || !anonymous(request)) return undefined
  let query: unknown
  try {
    query = (JSON.parse(body) as { query?: unknown }).query
  } catch {
    return undefined
  }
  if (typeof query !== 'string') return undefined
  const document = parsed(query)
  if (!document || !readsContentOnly(document)) return undefined
  return `graphql ${originPart(request)} ${body}`
}
