import type { Metadata } from 'next'
import { cachedCategories, cachedConceptList } from '@/content/cached'
import { ConceptFilterForm } from '@/components/ConceptFilterForm'
import { ConceptGrid } from '@/components/ConceptGrid'
import { ConceptIndex, EmptyResults } from '@/components/ConceptIndex'
import { parseConceptFilters } from '@/content/conceptFilters'
import { DIFFICULTY } from '@/vocabulary/difficulty'

export const metadata: Metadata = { title: 'All concepts' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ConceptsPage({ searchParams }: Props) {
  const categories = await cachedCategories()
  const filters = parseConceptFilters(
    await searchParams,
    categories.map((category) => category.slug),
  )
  const concepts = await cachedConceptList(filters)
  const applied = [
    categories.find((category) => category.slug === filters.category)?.name,
    filters.difficulty && DIFFICULTY[filters.difficulty].label,
  ].filter(Boolean)
  return (
    <div className="page">
      <h1>All concepts</h1>
      <ConceptFilterForm filters={filters} categories={categories} />
      <p className="meta" role="status">
        {concepts.length} {concepts.length === 1 ? 'concept' : 'concepts'}
        {applied.length ? ` · ${applied.join(' · ')}` : ''} · sorted by{' '}
        {filters.sort === 'updated' ? 'last updated' : 'name'}
      </p>
      {concepts.length === 0 ? (
        <EmptyResults />
      ) : filters.sort === 'name' ? (
        <ConceptIndex concepts={concepts} />
      ) : (
        <ConceptGrid concepts={concepts} heading="h2" compact />
      )}
    </div>
  )
}
