import { NotFoundContent } from '@/components/NotFoundContent'

/** notFound() from a public page (unknown slug, draft) lands here. */
export default function NotFound() {
  return <NotFoundContent />
}
