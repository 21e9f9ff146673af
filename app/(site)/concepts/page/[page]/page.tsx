import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { ConceptIndexView } from '@/components/ConceptIndexView'
import { cachedConceptPage } from '@/content/cached'
import { DEFAULT_FILTERS } from '@/content/conceptFilters'
import { parsePageNumber } from '@/content/pageNumber'
import { CONCEPTS_PATH, listPagePath } from '@/routes'
import { pageMetadata } from '@/seo/pageMetadata'

type Props = { params: Promise<{ page: string }> }

// The A–Z index's later pages: each rendered on its first request, then cached like the first.
export const revalidate = 300

export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).page)
  // Past the last page too: the metadata must agree with the page, which is missing.
  if (!page || page > (await cachedConceptPage(DEFAULT_FILTERS, page)).totalPages) notFound()
  return pageMetadata({ title: `All concepts, page ${page}`, path: listPagePath(CONCEPTS_PATH, page) })
}

export default async function ConceptIndexPage({ params }: Props) {
  const page = parsePageNumber((await params).page)
  if (page === undefined) notFound()
  if (page === 1) permanentRedirect(CONCEPTS_PATH)
  return <ConceptIndexView filters={DEFAULT_FILTERS} page={page} />
}
