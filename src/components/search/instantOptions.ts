// What the instant results offer for one answer of the search API: an option per result and
// then "See all results"; or, when nothing matched, the corrected query if there is one. Also
// the sentence the live region reads out about the answer.
import { searchPath } from '@/routes'
import { DIFFICULTY } from '@/vocabulary/difficulty'
import type { SearchResponse, SearchResult } from './searchResponse'

type OptionBase = { key: string; url: string }

export type InstantOption =
  | (OptionBase & { kind: 'result'; title: string; description: string })
  | (OptionBase & { kind: 'see-all'; query: string })
  | (OptionBase & { kind: 'did-you-mean'; suggestion: string })

const KIND_LABEL: Record<SearchResult['type'], string> = { concept: 'Concept', 'use-case': 'Use case' }

/** "Concept · Retrieval · Beginner", or "Use case": what the result is, under its title. */
export function describeResult({ type, category, difficulty }: SearchResult): string {
  const parts = [KIND_LABEL[type]]
  if (type === 'concept' && category) parts.push(category.name)
  if (type === 'concept' && difficulty) parts.push(DIFFICULTY[difficulty].label)
  return parts.join(' · ')
}

/** The options, in order, for the answer to `query` (the reader's words, trimmed). */
export function instantOptions({ results, didYouMean }: SearchResponse, query: string): InstantOption[] {
  if (results.length === 0) {
    return didYouMean
      ? [{ kind: 'did-you-mean', key: 'did-you-mean', url: searchPath(didYouMean), suggestion: didYouMean }]
      : []
  }
  return [
    ...results.map((result): InstantOption => ({
      kind: 'result',
      key: `${result.type}-${result.id}`,
      url: result.url,
      title: result.title,
      description: describeResult(result),
    })),
    { kind: 'see-all', key: 'see-all', url: searchPath(query), query },
  ]
}

const countOf = (count: number) => `${count} ${count === 1 ? 'result' : 'results'}`

/** "5 results", "8 of 23 results" or "No matches", for screen readers. */
export function resultCountMessage({ results, total, didYouMean }: SearchResponse): string {
  if (results.length === 0) return didYouMean ? `No matches. Did you mean ${didYouMean}?` : 'No matches'
  return total > results.length ? `${results.length} of ${countOf(total)}` : countOf(results.length)
}
