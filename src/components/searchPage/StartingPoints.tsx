import Link from 'next/link'
import type { StartingPoint } from '@/search/startingPoints'
import { CATEGORIES_PATH, CONCEPTS_PATH, conceptPath } from '@/routes'
import { DifficultyMeter } from '../DifficultyMeter'

/** Before a query: the concepts most others build on, and the ways to browse. */
export function StartingPoints({ concepts }: { concepts: StartingPoint[] }) {
  return (
    <section aria-labelledby="starting-points">
      <h2 id="starting-points">Good places to start</h2>
      <p>The concepts the rest of Groundwork builds on most.</p>
      <ul className="card-grid">
        {concepts.map((concept) => (
          <li key={concept.id} className="card">
            <h3 className="card-title">
              <Link href={conceptPath(concept.slug)} className="card-link">
                {concept.title}
              </Link>
            </h3>
            <p className="card-summary">{concept.summary}</p>
            <p className="meta">
              {concept.category ? <span>{concept.category.name}</span> : null}
              {concept.difficulty ? <DifficultyMeter difficulty={concept.difficulty} /> : null}
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
