import { ConceptGrid } from '../../src/components/ConceptGrid'
import { listPublishedConcepts } from '../../src/content/concepts'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const concepts = await listPublishedConcepts()
  return (
    <>
      <h1>AI concepts, clearly explained</h1>
      <p className="lead">What each idea is, what makes it that, what real teams shipped with it, and where it goes wrong.</p>
      <section aria-labelledby="all-concepts">
        <h2 id="all-concepts">All concepts</h2>
        {concepts.length === 0 ? (
          <p>No concepts are published yet.</p>
        ) : (
          <ConceptGrid concepts={concepts} />
        )}
      </section>
    </>
  )
}
