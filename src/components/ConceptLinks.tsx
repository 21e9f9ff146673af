import Link from 'next/link'
import type { Concept } from '@/payload-types'
import { conceptPath } from '@/routes'

type Props = { id: string; heading: string; concepts: Pick<Concept, 'id' | 'title' | 'slug' | 'summary'>[] }

/** A short list of links to other concepts: prerequisites, related reading. */
export function ConceptLinks({ id, heading, concepts }: Props) {
  if (concepts.length === 0) return null
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {concepts.map((concept) => (
          <li key={concept.id}>
            <Link href={conceptPath(concept.slug)}>{concept.title}</Link> — {concept.summary}
          </li>
        ))}
      </ul>
    </section>
  )
}
