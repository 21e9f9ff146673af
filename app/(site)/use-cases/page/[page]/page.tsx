import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { UseCaseListView } from '@/components/UseCaseListView'
import { cachedUseCasePage } from '@/content/cached'
import { parsePageNumber } from '@/content/pageNumber'
import { listPagePath, USE_CASES_PATH } from '@/routes'
import { pageMetadata } from '@/seo/pageMetadata'

type Props = { params: Promise<{ page: string }> }

// The use cases' later pages: each rendered on its first request, then cached like the first.
export const revalidate = 300

export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).page)
  // Past the last page too: the metadata must agree with the page, which is missing.
  if (!page || page > (await cachedUseCasePage(page)).totalPages) notFound()
  return pageMetadata({ title: `Use cases, page ${page}`, path: listPagePath(USE_CASES_PATH, page) })
}

export default async function UseCaseListPage({ params }: Props) {
  const page = parsePageNumber((await params).page)
  if (page === undefined) notFound()
  if (page === 1) permanentRedirect(USE_CASES_PATH)
  return <UseCaseListView page={page} />
}
