import type { CategoryWithCount } from '@/content/cached'
import type { ConceptFilters } from '@/content/conceptFilters'
import { CONCEPTS_PATH } from '@/routes'
import { DIFFICULTIES, DIFFICULTY } from '@/vocabulary/difficulty'

/** A plain GET form: filters work without JavaScript and land in the query string. */
export function ConceptFilterForm({
  filters,
  categories,
}: {
  filters: ConceptFilters
  categories: CategoryWithCount[]
}) {
  return (
    <form className="filters" method="get" action={CONCEPTS_PATH} aria-label="Filter concepts">
      <label>
        Category
        <select name="category" defaultValue={filters.category ?? ''}>
          <option value="">All categories</option>
          {categories.map((category) => (
            <option key={category.id} value={category.slug}>
              {category.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Difficulty
        <select name="difficulty" defaultValue={filters.difficulty ?? ''}>
          <option value="">All levels</option>
          {DIFFICULTIES.map((level) => (
            <option key={level} value={level}>
              {DIFFICULTY[level].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sort by
        <select name="sort" defaultValue={filters.sort}>
          <option value="name">Name (A–Z)</option>
          <option value="updated">Last updated</option>
        </select>
      </label>
      <button type="submit">Apply</button>
    </form>
  )
}
