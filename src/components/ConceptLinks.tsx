import Link from 'next/link'
import type { Concept } from '@/payload-types'
import { conceptPath } from '@/routes'

type Props = { id: string; heading: string; concepts: Pick<Concept, 'id' | 'title' | 'slug' | 'summary'>[] }

/** Other concepts to read, as cards: prerequisites, related reading, what builds on this one. */
export function ConceptLinks({ id, heading, concepts }: Props) {
  if (concepts.length === 0) return null
  return (
    <section aria-labelledby={id} className="concept-links">
      <h2 id={id}>{heading}</h2>
      <ul className="link-cards">
        {concepts.map((concept) => (
          <li key={concept.id} className="card">
            <Link href={conceptPath(concept.slug)} className="card-link card-title">
              {concept.title}
            </Link>
            <p className="card-summary">{concept.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
