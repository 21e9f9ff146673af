import Link from 'next/link'
import type { ConceptListItem } from '@/content/cached'
import { ConceptMeta } from './ConceptMeta'
import { conceptPath } from '@/routes'

/** The heading level of a card's title: one below the heading of the list it sits in. */
export type CardHeading = 'h2' | 'h3'

export function ConceptCard({ concept, heading: Heading = 'h3' }: { concept: ConceptListItem; heading?: CardHeading }) {
  return (
    <article className="card">
      <Heading>
        <Link href={conceptPath(concept.slug)}>{concept.title}</Link>
      </Heading>
      <p>{concept.summary}</p>
      <ConceptMeta concept={concept} />
    </article>
  )
}
