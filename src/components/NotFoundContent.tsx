import Link from 'next/link'
import { cachedLearningPaths } from '@/content/cached'
import { ConceptLinks } from './ConceptLinks'
import { CONCEPTS_PATH } from '@/routes'

/** The 404 page's body: what happened and a few good places to go instead. */
export async function NotFoundContent() {
  const suggestions = (await cachedLearningPaths(2)).flatMap((path) => path.concepts)
  return (
    <div className="page reading">
      <h1>Page not found</h1>
      <p className="lead">There is no page at this address. It may have moved, or it has not been published yet.</p>
      <ConceptLinks id="suggestions" heading="You might be looking for" concepts={suggestions} />
      <p>
        <Link href={CONCEPTS_PATH}>Browse all concepts</Link>
      </p>
    </div>
  )
}
