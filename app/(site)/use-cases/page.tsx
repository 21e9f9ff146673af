import type { Metadata } from 'next'
import { cachedUseCases } from '@/content/cached'
import { UseCaseCard } from '@/components/UseCaseCard'

export const metadata: Metadata = { title: 'Use cases' }

export default async function UseCasesPage() {
  const useCases = await cachedUseCases()
  return (
    <div className="page">
      <h1>Use cases</h1>
      <p className="lead">What real teams shipped with these ideas, and what happened.</p>
      <ul className="use-cases">
        {useCases.map((useCase) => (
          <UseCaseCard key={useCase.id} useCase={useCase} heading="h2" />
        ))}
      </ul>
    </div>
  )
}
