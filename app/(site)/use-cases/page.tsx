import type { Metadata } from 'next'
import { UseCaseListView } from '@/components/UseCaseListView'
import { pageMetadata } from '@/seo/pageMetadata'
import { USE_CASES_PATH } from '@/routes'

export const metadata: Metadata = pageMetadata({ title: 'Use cases', path: USE_CASES_PATH })

export const revalidate = 300

export default function UseCasesPage() {
  return <UseCaseListView page={1} />
}
