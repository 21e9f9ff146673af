import Link from 'next/link'
import type { ConceptListItem } from '@/content/cached'
import { ConceptMeta } from '@/components/ConceptMeta'
import { conceptPath } from '@/routes'

/** The home page's feature: one concept, a new one every Monday. */
export function ConceptOfTheWeek({ concept }: { concept: ConceptListItem }) {
  return (
    <section aria-labelledby="concept-of-the-week" className="featured">
      <h2 id="concept-of-the-week" className="eyebrow-heading">
        Concept of the week
      </h2>
      <h3 className="featured-title">
        <Link href={conceptPath(concept.slug)} className="card-link">
          {concept.title}
        </Link>
      </h3>
      <p className="featured-summary">{concept.summary}</p>
      <ConceptMeta concept={concept} />
      <p className="featured-cta" aria-hidden="true">
        Read the explanation →
      </p>
    </section>
  )
}
