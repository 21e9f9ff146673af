import Link from 'next/link'
import type { StartingPoint } from '@/search/startingPoints'
import { CATEGORIES_PATH, CONCEPTS_PATH, conceptPath } from '@/routes'
import { DifficultyBadge } from '../DifficultyBadge'

/** Before a query: the concepts most others build on, and the ways to browse. */
export function StartingPoints({ concepts }: { concepts: StartingPoint[] }) {
  return (
    <section aria-labelledby="starting-points">
      <h2 id="starting-points">Good places to start</h2>
      <p>The concepts the rest of Groundwork builds on most.</p>
      <ul className="card-grid">
        {concepts.map((concept) => (
          <li key={concept.id} className="card">
            <h3>
              <Link href={conceptPath(concept.slug)}>{concept.title}</Link>
            </h3>
            <p>{concept.summary}</p>
            <p className="meta">
              {concept.category ? <span>{concept.category.name}</span> : null}
              {concept.difficulty ? <DifficultyBadge difficulty={concept.difficulty} /> : null}
            </p>
          </li>
        ))}
      </ul>
      <BrowseLinks />
    </section>
  )
}

export function BrowseLinks() {
  return (
    <p>
      Or browse <Link href={CONCEPTS_PATH}>every concept from A to Z</Link> or{' '}
      <Link href={CATEGORIES_PATH}>by category</Link>.
    </p>
  )
}
