import type { Metadata } from 'next'
import { NotFoundContent } from '@/components/NotFoundContent'

export const metadata: Metadata = { title: 'Page not found' }

/** notFound() from a public page (unknown slug, draft) lands here. */
export default function NotFound() {
  return <NotFoundContent />
}
