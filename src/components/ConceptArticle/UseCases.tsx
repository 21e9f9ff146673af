import type { ConceptPage } from '@/content/cached'
import { UseCaseCard } from '@/components/UseCaseCard'

/** What real teams shipped with the concept, newest first. */
export function UseCases({ concept }: { concept: ConceptPage }) {
  if (concept.useCases.length === 0) return null
  return (
    <section aria-labelledby="use-cases">
      <h2 id="use-cases">Real-world examples</h2>
      <p className="section-intro">Shipped, not speculated: where teams have put this idea to work.</p>
      <ul className="use-cases">
        {concept.useCases.map((useCase) => (
          <UseCaseCard key={useCase.id} useCase={useCase} heading="h3" />
        ))}
      </ul>
    </section>
  )
}
