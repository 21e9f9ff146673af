import type { Metadata } from 'next'
import { ConceptIndexView } from '@/components/ConceptIndexView'
import { DEFAULT_FILTERS } from '@/content/conceptFilters'
import { pageMetadata } from '@/seo/pageMetadata'
import { CONCEPTS_PATH } from '@/routes'

export const metadata: Metadata = pageMetadata({ title: 'All concepts', path: CONCEPTS_PATH })

// Built ahead of time and refreshed by cache tags on every publish. A filtered or re-sorted
// index (/concepts?…) is rewritten to /concept-index, which reads the query string.
export const revalidate = 300

export default function ConceptsPage() {
  return <ConceptIndexView filters={DEFAULT_FILTERS} page={1} />
}
