import Link from 'next/link'
import type { ConceptPage } from '../../content/concepts'

export function UseCases({ concept }: { concept: ConceptPage }) {
  if (concept.useCases.length === 0) return null
  return (
    <section aria-labelledby="use-cases">
      <h2 id="use-cases">Real-world examples</h2>
      <ul className="use-cases">
        {concept.useCases.map((useCase) => (
          <li key={useCase.id}>
            <h3>
              <Link href={`/use-cases/${useCase.slug}`}>{useCase.title}</Link>
            </h3>
            <p className="meta">
              {useCase.organization}
              {useCase.year ? ` · ${useCase.year}` : ''}
            </p>
            <p>{useCase.summary}</p>
            {useCase.link ? (
              <a href={useCase.link} rel="noopener noreferrer">
                Source<span className="visually-hidden">: {useCase.title}</span>
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
