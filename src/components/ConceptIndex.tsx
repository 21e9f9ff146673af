import Link from 'next/link'
import type { ConceptListItem, LetterStart } from '@/content/cached'
import { CONCEPTS_PER_PAGE, groupByInitial } from '@/content/conceptFilters'
import { ConceptCard } from './ConceptCard'
import { CONCEPTS_PATH } from '@/routes'

type Props = {
  concepts: ConceptListItem[]
  /** Where each letter starts across all pages of the index. */
  letters: LetterStart[]
  page: number
  pathFor: (page: number) => string
}

/** The jumps follow the page order: A to Z, then "#" for titles that start with a digit or a sign. */
const byLetter = (a: LetterStart, b: LetterStart) =>
  a.letter === '#' ? 1 : b.letter === '#' ? -1 : a.letter.localeCompare(b.letter)

function letterHref({ letter, position }: LetterStart, page: number, pathFor: Props['pathFor']): string {
  const letterPage = Math.ceil(position / CONCEPTS_PER_PAGE)
  return `${letterPage === page ? '' : pathFor(letterPage)}#letter-${letter}`
}

/** Concepts under A–Z headings, flowing in columns, with a bar of letter jumps (to any page) above them. */
export function ConceptIndex({ concepts, letters, page, pathFor }: Props) {
  const groups = groupByInitial(concepts)
  return (
    <>
      <nav aria-label="Jump to letter" className="letters">
        {[...letters].sort(byLetter).map((start) => (
          <a key={start.letter} href={letterHref(start, page, pathFor)}>
            {start.letter}
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

/** An empty page of the index: nothing matches its filters, or (unfiltered) nothing is published. */
export function EmptyResults({ filtered }: { filtered: boolean }) {
  if (!filtered) return <p className="empty">No concepts are published yet.</p>
  return (
    <p className="empty">
      No published concept matches these filters. <Link href={CONCEPTS_PATH}>Show all concepts</Link>.
    </p>
  )
}
