import Link from 'next/link'
import type { ConceptListItem } from '@/content/cached'
import { ConceptMeta } from './ConceptMeta'
import { conceptPath } from '@/routes'

/** The heading level of a card's title: one below the heading of the list it sits in. */
export type CardHeading = 'h2' | 'h3'

type Props = { concept: ConceptListItem; heading?: CardHeading; compact?: boolean }

/** A concept in a list: the whole card is its title's link. Compact cards fit an A–Z index. */
export function ConceptCard({ concept, heading: Heading = 'h3', compact = false }: Props) {
  return (
    <article className={compact ? 'card card-compact' : 'card'}>
      <Heading className="card-title">
        <Link href={conceptPath(concept.slug)} className="card-link">
          {concept.title}
        </Link>
      </Heading>
      <p className="card-summary">{concept.summary}</p>
      <ConceptMeta concept={concept} />
    </article>
  )
}
