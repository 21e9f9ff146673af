import Link from 'next/link'
import type { ConceptListItem } from '@/content/cached'
import { groupByInitial } from '@/content/conceptFilters'
import { ConceptCard } from './ConceptCard'
import { CONCEPTS_PATH } from '@/routes'

/** Concepts under A–Z headings, flowing in columns, with a bar of letter jumps above them. */
export function ConceptIndex({ concepts }: { concepts: ConceptListItem[] }) {
  const groups = groupByInitial(concepts)
  return (
    <>
      <nav aria-label="Jump to letter" className="letters">
        {groups.map(([letter]) => (
          <a key={letter} href={`#letter-${letter}`}>
            {letter}
          </a>
        ))}
      </nav>
      <div className="a-to-z">
        {groups.map(([letter, items]) => (
          <section key={letter} aria-labelledby={`letter-${letter}`} className="letter-group">
            <h2 id={`letter-${letter}`} className="letter-heading">
              {letter}
            </h2>
            {items.map((concept) => (
              <ConceptCard key={concept.id} concept={concept} compact />
            ))}
          </section>
        ))}
      </div>
    </>
  )
}

export function EmptyResults() {
  return (
    <p className="empty">
      No published concept matches these filters. <Link href={CONCEPTS_PATH}>Show all concepts</Link>.
    </p>
  )
}
