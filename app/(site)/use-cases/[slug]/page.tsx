import type { Metadata } from 'next'
import { cachedUseCase, cachedUseCases } from '../../../../src/content/cached'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ConceptLinks } from '../../../../src/components/ConceptLinks'
import { RichText } from '../../../../src/components/RichText'
import { SLUG_PATTERN } from '../../../../src/fields/slugify'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await cachedUseCases()).map(({ slug }) => ({ slug }))
}

async function useCaseFor(params: Props['params']) {
  const { slug } = await params
  return SLUG_PATTERN.test(slug) ? cachedUseCase(slug) : undefined
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
      <ConceptLinks id="concepts" heading="Concepts behind it" concepts={useCase.concepts} />
    </article>
  )
}
