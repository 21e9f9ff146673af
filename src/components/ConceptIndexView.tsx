import { notFound } from 'next/navigation'
import { cachedCategories, cachedConceptPage, cachedLetterStarts } from '@/content/cached'
import { isUnfiltered, type ConceptFilters } from '@/content/conceptFilters'
import { conceptIndexPath } from '@/routes'
import { DIFFICULTY } from '@/vocabulary/difficulty'
import { ConceptFilterForm } from './ConceptFilterForm'
import { ConceptGrid } from './ConceptGrid'
import { ConceptIndex, EmptyResults } from './ConceptIndex'
import { Pagination } from './Pagination'
import { counted } from '@/vocabulary/counted'

type Props = { filters: ConceptFilters; page: number }

/** One page of the concept index for the filters: the plain A–Z pages and every filtered view alike. */
export async function ConceptIndexView({ filters, page }: Props) {
  const [categories, list, letters] = await Promise.all([
    cachedCategories(),
    cachedConceptPage(filters, page),
    filters.sort === 'name' ? cachedLetterStarts(filters) : [],
  ])
  if (page > list.totalPages) notFound()
  const applied = [
    categories.find((category) => category.slug === filters.category)?.name,
    filters.difficulty && DIFFICULTY[filters.difficulty].label,
  ].filter(Boolean)
  const pathFor = (n: number) => conceptIndexPath(filters, n)
  return (
    <div className="page">
      <h1>{isUnfiltered(filters) ? 'All concepts' : 'Concepts'}</h1>
      <ConceptFilterForm filters={filters} categories={categories} />
      <p className="meta" role="status">
        {counted(list.totalConcepts, 'concept')}
        {applied.length ? ` · ${applied.join(' · ')}` : ''} · sorted by{' '}
        {filters.sort === 'updated' ? 'last updated' : 'name'}
        {list.totalPages > 1 ? ` · page ${page} of ${list.totalPages}` : ''}
      </p>
      {list.concepts.length === 0 ? (
        <EmptyResults filtered={!isUnfiltered(filters)} />
      ) : filters.sort === 'name' ? (
        <ConceptIndex concepts={list.concepts} letters={letters} page={page} pathFor={pathFor} />
      ) : (
        <ConceptGrid concepts={list.concepts} heading="h2" compact />
      )}
      <Pagination page={page} totalPages={list.totalPages} pathFor={pathFor} label="Pages of concepts" />
    </div>
  )
}
