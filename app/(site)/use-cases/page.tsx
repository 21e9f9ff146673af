import type { Metadata } from 'next'
import { UseCaseListView } from '@/components/UseCaseListView'

export const metadata: Metadata = { title: 'Use cases' }

export const revalidate = 300

export default function UseCasesPage() {
  return <UseCaseListView page={1} />
}
