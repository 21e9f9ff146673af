import Link from 'next/link'
import type { ConceptListItem } from '@/content/cached'
import { groupByInitial } from '@/content/conceptFilters'
import { ConceptGrid } from './ConceptGrid'
import { CONCEPTS_PATH } from '@/routes'

/** Concepts under A–Z headings, with a row of letter jumps above them. */
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
      {groups.map(([letter, items]) => (
        <section key={letter} aria-labelledby={`letter-${letter}`}>
          <h2 id={`letter-${letter}`}>{letter}</h2>
          <ConceptGrid concepts={items} />
        </section>
      ))}
    </>
  )
}

export function EmptyResults() {
  return (
    <p>
      No published concept matches these filters. <Link href={CONCEPTS_PATH}>Show all concepts</Link>.
    </p>
  )
}
