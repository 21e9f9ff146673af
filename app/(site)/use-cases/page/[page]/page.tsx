import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { UseCaseListView } from '@/components/UseCaseListView'
import { parsePageNumber } from '@/content/pageNumber'
import { USE_CASES_PATH } from '@/routes'

type Props = { params: Promise<{ page: string }> }

// The use cases' later pages: each rendered on its first request, then cached like the first.
export const revalidate = 300

export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Use cases, page ${(await params).page}` }
}

export default async function UseCaseListPage({ params }: Props) {
  const page = parsePageNumber((await params).page)
  if (page === undefined) notFound()
  if (page === 1) permanentRedirect(USE_CASES_PATH)
  return <UseCaseListView page={page} />
}
