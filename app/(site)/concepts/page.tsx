import type { Metadata } from 'next'
import { ConceptIndexView } from '@/components/ConceptIndexView'
import { DEFAULT_FILTERS } from '@/content/conceptFilters'

export const metadata: Metadata = { title: 'All concepts' }

// Built ahead of time and refreshed by cache tags on every publish. A filtered or re-sorted
// index (/concepts?…) is rewritten to /concept-index, which reads the query string.
export const revalidate = 300

export default function ConceptsPage() {
  return <ConceptIndexView filters={DEFAULT_FILTERS} page={1} />
}
