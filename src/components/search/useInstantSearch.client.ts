'use client'
// Asks the search API as the reader types: 120 ms after the last keystroke, for queries of two
// characters or more. A newer query aborts the request before it, so an answer that arrives
// late (out of order) is never shown over a newer one.
import { useEffect, useState } from 'react'
import { searchApiPath } from '@/routes'
import { isSearchResponse, type SearchResponse } from './searchResponse'

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
 * The latest answer for a query (already trimmed). It stays while the next one is on its way,
 * and is null before the first answer and after a failed request (the form still submits).
 */
export function useInstantSearch(query: string): SearchResponse | null {
  const [answer, setAnswer] = useState<SearchResponse | null>(null)
  useEffect(() => {
    if (query.length < MIN_QUERY_LENGTH) return
    const request = new AbortController()
    const timer = setTimeout(() => {
      fetchResults(query, request.signal).then(
        (response) => {
          if (!request.signal.aborted) setAnswer(response)
        },
        () => {
          if (!request.signal.aborted) setAnswer(null)
        },
      )
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      request.abort()
    }
  }, [query])
  return answer
}
