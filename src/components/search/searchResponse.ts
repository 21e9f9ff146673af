// The parts of GET /api/search's answer that the instant results read (it sends more), and a
// check that a parsed body has them before the list shows it.
import { isDifficulty, type Difficulty } from '@/vocabulary/difficulty'

export type SearchResult = {
  id: number
  type: 'concept' | 'use-case'
  title: string
  url: string
  category: { name: string } | null
  difficulty: Difficulty | null
}

export type SearchResponse = {
  results: SearchResult[]
  total: number
  /** A corrected query when the reader's words were misspelt. */
  didYouMean: string | null
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

const isCategory = (value: unknown): boolean => value === null || (isRecord(value) && typeof value.name === 'string')

function isSearchResult(value: unknown): value is SearchResult {
  if (!isRecord(value)) return false
  const { id, type, title, url, category, difficulty } = value
  return (
    typeof id === 'number' &&
    (type === 'concept' || type === 'use-case') &&
    typeof title === 'string' &&
    typeof url === 'string' &&
    isCategory(category) &&
    (difficulty === null || isDifficulty(difficulty))
  )
}

export function isSearchResponse(value: unknown): value is SearchResponse {
  if (!isRecord(value)) return false
  const { results, total, didYouMean } = value
  return (
    Array.isArray(results) &&
    results.every(isSearchResult) &&
    typeof total === 'number' &&
    (didYouMean === null || typeof didYouMean === 'string')
  )
}
