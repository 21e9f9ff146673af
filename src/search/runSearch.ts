// Runs a search: corrects misspelt words, finds published concepts and use cases whose
// text or names match, ranks them, counts them per category, difficulty and type, and
// cuts a snippet from each result on the page. Two round trips, each a prepared statement:
// what the database knows of each word (its correction, how common it is), then the
// search; a third for a suggestion when nothing matched.
import { conceptPath, useCasePath } from '@/routes'
import type { Difficulty } from '@/vocabulary/difficulty'
import { correctedText } from './query/corrections'
import { MIN_QUERY_LENGTH, type ParsedQuery, parseQuery, withCorrections, wordQueries } from './query/parseQuery'
import type { SearchRequest, SearchType } from './query/searchRequest'
import { nearestTitleStatement, searchStatement } from './searchStatement'
import { readPrepared, type SearchReader } from './searchReader'
import { type QueryStatistics, readQueryStatistics, type WeighedWord, weighWord } from './wordStatistics'

export type SearchHit = {
  id: number
  type: SearchType
  title: string
  slug: string
  url: string
  summary: string
  /** A passage with the matched words between MARK_START and MARK_END (see snippet.ts). */
  snippet: string
  category: { name: string; slug: string } | null
  difficulty: Difficulty | null
  score: number
}

export type FacetCount<T extends string = string> = { value: T; count: number }

export type SearchOutcome = {
  /** The query as searched: normalised words. Empty when it was too short to search. */
  query: string
  results: SearchHit[]
  total: number
  page: number
  limit: number
  /** The query with misspelt words corrected, or the nearest title when nothing matched. */
  didYouMean: string | null
  facets: { category: FacetCount[]; difficulty: FacetCount<Difficulty>[]; type: FacetCount<SearchType>[] }
}

type Row = {
  total: number
  hits: Omit<SearchHit, 'url'>[] | null
  categories: FacetCount[] | null
  difficulties: FacetCount<Difficulty>[] | null
  types: FacetCount<SearchType>[] | null
}

/** The query's words as searched, corrections included, each weighed; words no document has are left out. */
function weighedWords(
  parsed: ParsedQuery,
  statistics: QueryStatistics,
  corrections: Map<string, string>,
): WeighedWord[] {
  return wordQueries(withCorrections(parsed, corrections)).flatMap((query, index) => {
    const { documents } = statistics.words[index]
    return documents > 0 ? [{ ...query, ...weighWord(documents, statistics.total) }] : []
  })
}

export function emptyOutcome(request: SearchRequest): SearchOutcome {
  const facets = { category: [], difficulty: [], type: [] }
  return { query: '', results: [], total: 0, page: request.page, limit: request.limit, didYouMean: null, facets }
}

export async function runSearch(reader: SearchReader, request: SearchRequest): Promise<SearchOutcome> {
  const parsed = parseQuery(request.q)
  if (parsed.text.length < MIN_QUERY_LENGTH) return emptyOutcome(request)
  const statistics = await readQueryStatistics(reader, parsed)
  const corrections = new Map(
    parsed.words.flatMap(({ word }, index) => {
      const { correction } = statistics.words[index]
      return correction ? [[word, correction] as const] : []
    }),
  )
  const words = weighedWords(parsed, statistics, corrections)
  const phrase = parsed.text
  const closeNames = corrections.size > 0 || words.length === 0
  const [row] = await readPrepared<Row>(reader, searchStatement(phrase, words, request, { closeNames }))
  const hits = (row.hits ?? []).map((hit) => ({
    ...hit,
    score: Number(hit.score),
    url: hit.type === 'concept' ? conceptPath(hit.slug) : useCasePath(hit.slug),
  }))
  const corrected = correctedText(parsed, corrections)
  const nearest =
    corrected || row.total > 0 ? [] : await readPrepared<{ title: string }>(reader, nearestTitleStatement(phrase))
  return {
    query: phrase,
    results: hits,
    total: row.total,
    page: request.page,
    limit: request.limit,
    didYouMean: corrected ?? nearest[0]?.title ?? null,
    facets: { category: row.categories ?? [], difficulty: row.difficulties ?? [], type: row.types ?? [] },
  }
}
