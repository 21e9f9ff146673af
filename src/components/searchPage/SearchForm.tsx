import type { CategoryWithCount } from '@/content/cached'
import type { SearchRequest, SearchType } from '@/search/query/searchRequest'
import type { FacetCount } from '@/search/runSearch'
import type { Facets } from '@/search/facetTotals'
import { SEARCH_PATH } from '@/routes'
import { DIFFICULTIES, DIFFICULTY } from '@/vocabulary/difficulty'

const TYPE_LABELS: Record<SearchType, string> = { concept: 'Concepts', 'use-case': 'Use cases' }

/** "Name (3)": how many results the filter would leave. */
function withCount(label: string, counts: FacetCount[], value: string): string {
  return `${label} (${counts.find((count) => count.value === value)?.count ?? 0})`
}

/**
 * A plain GET form: the query and its filters work without JavaScript and land in the
 * address. Each filter says how many results it would leave: for the query, or of
 * everything published before a query.
 */
export function SearchForm({
  request,
  facets,
  categories,
}: {
  request: SearchRequest
  facets: Facets
  categories: CategoryWithCount[]
}) {
  return (
    <form
      className="filters search-form"
      method="get"
      action={SEARCH_PATH}
      role="search"
      aria-label="Search Groundwork"
    >
      <label className="search-query">
        Search for
        <input
          type="search"
          name="q"
          defaultValue={request.q}
          maxLength={200}
          placeholder="A concept, an acronym or a question"
        />
      </label>
      <label>
        Category
        <select name="category" defaultValue={request.category ?? ''}>
          <option value="">All categories</option>
          {categories.map((category) => (
            <option key={category.id} value={category.slug}>
              {withCount(category.name, facets.category, category.slug)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Difficulty
        <select name="difficulty" defaultValue={request.difficulty ?? ''}>
          <option value="">All levels</option>
          {DIFFICULTIES.map((level) => (
            <option key={level} value={level}>
              {withCount(DIFFICULTY[level].label, facets.difficulty, level)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Show
        <select name="type" defaultValue={request.type ?? ''}>
          <option value="">Concepts and use cases</option>
          {(Object.keys(TYPE_LABELS) as SearchType[]).map((type) => (
            <option key={type} value={type}>
              {withCount(TYPE_LABELS[type], facets.type, type)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Search</button>
    </form>
  )
}
