import type { Metadata } from 'next'
import { cachedUseCases } from '../../../src/content/cached'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Use cases' }

export default async function UseCasesPage() {
  const useCases = await cachedUseCases()
  return (
    <>
      <h1>Use cases</h1>
      <p className="lead">What real teams shipped with these ideas, and what happened.</p>
      <ul className="use-cases">
        {useCases.map((useCase) => (
          <li key={useCase.id}>
            <h2>
              <Link href={`/use-cases/${useCase.slug}`}>{useCase.title}</Link>
            </h2>
            <p className="meta">
              {useCase.organization}
              {useCase.year ? ` · ${useCase.year}` : ''}
            </p>
            <p>{useCase.summary}</p>
          </li>
        ))}
      </ul>
    </>
  )
}
