// What a search asks for, read from a query string. The API is strict (anything it
// cannot use is a 400 that says why); the /search page is forgiving (it drops what it
// cannot use and shows what applied).
import { DIFFICULTIES, isDifficulty, type Difficulty } from '@/vocabulary/difficulty'
import { MAX_QUERY_LENGTH } from './parseQuery'

export const SEARCH_TYPES = ['concept', 'use-case'] as const
export type SearchType = (typeof SEARCH_TYPES)[number]
const isSearchType = (value: unknown): value is SearchType => SEARCH_TYPES.some((type) => type === value)

const DEFAULT_LIMIT = 10
const MAX_LIMIT = 50
const MAX_PAGE = 100

export type SearchRequest = {
  q: string
  type?: SearchType
  category?: string
  difficulty?: Difficulty
  limit: number
  page: number
}

/** The last page of results a reader can reach: `MAX_PAGE` at most, however many there are. */
export const lastResultPage = (total: number, limit: number) => Math.min(Math.ceil(total / limit), MAX_PAGE)

export type SearchRequestResult = { ok: true; request: SearchRequest } | { ok: false; error: string }

const PARAMETERS = ['q', 'type', 'category', 'difficulty', 'limit', 'page']
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function wholeNumber(name: string, raw: string | null, fallback: number, max: number): number | string {
  if (raw === null) return fallback
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    return `"${name}" must be a whole number from 1 to ${max}.`
  }
  return Number(raw)
}

/** The API's reading: every parameter once, each valid, or a message saying what is wrong. */
export function readSearchRequest(params: URLSearchParams): SearchRequestResult {
  for (const name of new Set(params.keys())) {
    if (!PARAMETERS.includes(name))
      return { ok: false, error: `Unknown parameter "${name}". Use ${PARAMETERS.join(', ')}.` }
    if (params.getAll(name).length > 1) return { ok: false, error: `"${name}" may be given only once.` }
  }
  const q = params.get('q') ?? ''
  if (q.length > MAX_QUERY_LENGTH) return { ok: false, error: `"q" may be at most ${MAX_QUERY_LENGTH} characters.` }
  const type = params.get('type')
  if (type !== null && !isSearchType(type))
    return { ok: false, error: `"type" must be one of: ${SEARCH_TYPES.join(', ')}.` }
  const category = params.get('category')
  if (category !== null && (category.length > 100 || !SLUG.test(category))) {
    return { ok: false, error: '"category" must be a category slug, such as "foundations".' }
  }
  const difficulty = params.get('difficulty')
  if (difficulty !== null && !isDifficulty(difficulty)) {
    return { ok: false, error: `"difficulty" must be one of: ${DIFFICULTIES.join(', ')}.` }
  }
  const limit = wholeNumber('limit', params.get('limit'), DEFAULT_LIMIT, MAX_LIMIT)
  if (typeof limit === 'string') return { ok: false, error: limit }
  const page = wholeNumber('page', params.get('page'), 1, MAX_PAGE)
  if (typeof page === 'string') return { ok: false, error: page }
  return {
    ok: true,
    request: {
      q,
      type: type ?? undefined,
      category: category ?? undefined,
      difficulty: difficulty ?? undefined,
      limit,
      page,
    },
  }
}

type PageParams = Record<string, string | string[] | undefined>
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The page's reading: what makes sense is kept, the rest dropped; a long query is cut. */
export function readSearchPageParams(params: PageParams, categorySlugs: string[]): SearchRequest {
  const type = first(params.type)
  const category = first(params.category)
  const difficulty = first(params.difficulty)
  const page = Number(first(params.page))
  return {
    q: (first(params.q) ?? '').slice(0, MAX_QUERY_LENGTH),
    type: isSearchType(type) ? type : undefined,
    category: category && categorySlugs.includes(category) ? category : undefined,
    difficulty: isDifficulty(difficulty) ? difficulty : undefined,
    limit: DEFAULT_LIMIT,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  }
}
