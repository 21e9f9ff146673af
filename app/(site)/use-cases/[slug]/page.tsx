import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { RichText } from '../../../../src/components/RichText'
import { getPublishedUseCase } from '../../../../src/content/useCases'
import { SLUG_PATTERN } from '../../../../src/fields/slugify'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

async function useCaseFor(params: Props['params']) {
  const { slug } = await params
  return SLUG_PATTERN.test(slug) ? getPublishedUseCase(slug) : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const useCase = await useCaseFor(params)
  return useCase ? { title: useCase.title, description: useCase.summary } : {}
}

export default async function UseCasePage({ params }: Props) {
  const useCase = await useCaseFor(params)
  if (!useCase) notFound()
  return (
    <article>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <Link href="/use-cases">Use cases</Link> / <span aria-current="page">{useCase.title}</span>
      </nav>
      <h1>{useCase.title}</h1>
      <p className="meta">
        {useCase.organization}
        {useCase.year ? ` · ${useCase.year}` : ''}
      </p>
      <p className="lead">{useCase.summary}</p>
      <RichText data={useCase.body} className="prose" />
      {useCase.link ? (
        <p>
          <a href={useCase.link} rel="noopener noreferrer">
            Read the source
          </a>
        </p>
      ) : null}
      {useCase.concepts.length > 0 ? (
        <section aria-labelledby="concepts">
          <h2 id="concepts">Concepts behind it</h2>
          <ul>
            {useCase.concepts.map((concept) => (
              <li key={concept.id}>
                <Link href={`/concepts/${concept.slug}`}>{concept.title}</Link> — {concept.summary}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
