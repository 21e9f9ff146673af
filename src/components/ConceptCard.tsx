import Link from 'next/link'
import type { ConceptListItem } from '@/content/cached'
import { ConceptMeta } from './ConceptMeta'
import { conceptPath } from '@/routes'

export function ConceptCard({ concept }: { concept: ConceptListItem }) {
  return (
    <article className="card">
      <h3>
        <Link href={conceptPath(concept.slug)}>{concept.title}</Link>
      </h3>
      <p>{concept.summary}</p>
      <ConceptMeta concept={concept} />
    </article>
  )
}
