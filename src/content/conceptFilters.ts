// Reads the /concepts filters from the query string. Unknown values are dropped,
// so the page shows (and applies) only filters that mean something.
import { isDifficulty, type Difficulty } from '@/vocabulary/difficulty'

export type ConceptSort = 'name' | 'updated'

export type ConceptFilters = {
  category?: string
  difficulty?: Difficulty
  sort: ConceptSort
}

type SearchParams = Record<string, string | string[] | undefined>

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** Concepts on one page of the index or of a category. */
export const CONCEPTS_PER_PAGE = 60

export const DEFAULT_FILTERS: ConceptFilters = { sort: 'name' }

/** True for the plain A–Z index: no filter, sorted by name (the pages that are built ahead of time). */
export function isUnfiltered(filters: ConceptFilters): boolean {
  return !filters.category && !filters.difficulty && filters.sort === 'name'
}

export function parseConceptFilters(params: SearchParams, categorySlugs: string[]): ConceptFilters {
  const category = single(params.category)
  const difficulty = single(params.difficulty)
  return {
    category: category && categorySlugs.includes(category) ? category : undefined,
    difficulty: isDifficulty(difficulty) ? difficulty : undefined,
    sort: single(params.sort) === 'updated' ? 'updated' : 'name',
  }
}

/** Groups titles under their first letter (digits and symbols under "#"), A to Z. */
export function groupByInitial<T extends { title: string }>(items: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const first = item.title.trim().charAt(0).toUpperCase()
    const key = /[A-Z]/.test(first) ? first : '#'
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
}
