import Link from 'next/link'
import type { ConceptPage } from '@/content/cached'
import { conceptPath } from '@/routes'

/** Previous and next concept in the same category, by title. */
export function CategoryNeighbours({ concept }: { concept: ConceptPage }) {
  if (!concept.previous && !concept.next) return null
  return (
    <nav aria-label={`More in ${concept.category?.name ?? 'this category'}`} className="neighbours">
      {concept.previous ? (
        <Link href={conceptPath(concept.previous.slug)} rel="prev">
          <span className="neighbour-label">← Previous</span>
          {concept.previous.title}
        </Link>
      ) : null}
      {concept.next ? (
        <Link href={conceptPath(concept.next.slug)} rel="next">
          <span className="neighbour-label">Next →</span>
          {concept.next.title}
        </Link>
      ) : null}
    </nav>
  )
}
