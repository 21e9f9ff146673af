import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { ConceptIndexView } from '@/components/ConceptIndexView'
import { cachedCategories } from '@/content/cached'
import { isUnfiltered, parseConceptFilters } from '@/content/conceptFilters'
import { parsePageNumber } from '@/content/pageNumber'
import { conceptIndexPath } from '@/routes'

// The concept index with filters, another order or a page number in the query string:
// /concepts?… is rewritten here (src/routing/conceptIndexRewrites.mjs), so readers only
// ever see /concepts. Rendered per request; its reads are cached.
export const metadata: Metadata = { title: 'Concepts', robots: { index: false, follow: true } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function FilteredConceptIndex({ searchParams }: Props) {
  const params = await searchParams
  const categories = await cachedCategories()
  const filters = parseConceptFilters(
    params,
    categories.map((category) => category.slug),
  )
  const page = parsePageNumber(params.page)
  if (page === undefined) notFound()
  // "All categories, all levels, by name" is the plain index, which has addresses of its own.
  if (isUnfiltered(filters)) redirect(conceptIndexPath(filters, page))
  return <ConceptIndexView filters={filters} page={page} />
}
