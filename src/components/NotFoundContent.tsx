import Link from 'next/link'
import { listPublishedConcepts } from '../content/concepts'
import { startHerePaths } from '../content/homeSelection'

/** The 404 page's body: what happened and a few good places to go instead. */
export async function NotFoundContent() {
  const suggestions = startHerePaths(await listPublishedConcepts(), 2).flatMap((path) => path.concepts)
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or it has not been published yet.</p>
      {suggestions.length > 0 ? (
        <section aria-labelledby="suggestions">
          <h2 id="suggestions">You might be looking for</h2>
          <ul>
            {suggestions.map((concept) => (
              <li key={concept.id}>
                <Link href={`/concepts/${concept.slug}`}>{concept.title}</Link> — {concept.summary}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link href="/concepts">Browse all concepts</Link>
      </p>
    </>
  )
}
