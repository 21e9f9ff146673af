// Asks the search API for the instant results: 120 ms after the last change to the words, for
// queries of two characters or more. A newer query aborts the request before it, so an answer
// that arrives late (out of order) is never shown over a newer one.
import { isSearchResponse, type SearchResponse } from '@/components/search/searchResponse'
import { searchApiPath } from '@/routes'

export const MIN_QUERY_LENGTH = 2
const DEBOUNCE_MS = 120
const RESULT_LIMIT = 8

async function fetchResults(query: string, signal: AbortSignal): Promise<SearchResponse> {
  const response = await fetch(searchApiPath(query, RESULT_LIMIT), { signal, headers: { accept: 'application/json' } })
  if (!response.ok) throw new Error(`The search API answered ${response.status}`)
  const body: unknown = await response.json()
  if (!isSearchResponse(body)) throw new Error('The search API answered in an unexpected shape')
  return body
}

/**
 * Calls `onAnswer` with the answer for each query it is asked (already trimmed), or with null
 * when the request failed (the form still submits). Asking the same query again does nothing.
 */
export function searchAsYouType(onAnswer: (answer: SearchResponse | null) => void): (query: string) => void {
  let asked: string | null = null
  let pending: { timer: ReturnType<typeof setTimeout>; request: AbortController } | null = null
  return (query) => {
    if (query === asked) return
    asked = query
    if (pending) {
      clearTimeout(pending.timer)
      pending.request.abort()
      pending = null
    }
    if (query.length < MIN_QUERY_LENGTH) return
    const request = new AbortController()
    const timer = setTimeout(() => {
      fetchResults(query, request.signal).then(
        (answer) => {
          if (!request.signal.aborted) onAnswer(answer)
        },
        () => {
          if (!request.signal.aborted) onAnswer(null)
        },
      )
    }, DEBOUNCE_MS)
    pending = { timer, request }
  }
}
