import type { ConceptPage } from '@/content/cached'
import { UseCaseCard } from '@/components/UseCaseCard'

export function UseCases({ concept }: { concept: ConceptPage }) {
  if (concept.useCases.length === 0) return null
  return (
    <section aria-labelledby="use-cases">
      <h2 id="use-cases">Real-world examples</h2>
      <ul className="use-cases">
        {concept.useCases.map((useCase) => (
          <UseCaseCard key={useCase.id} useCase={useCase} heading="h3" />
        ))}
      </ul>
    </section>
  )
}
