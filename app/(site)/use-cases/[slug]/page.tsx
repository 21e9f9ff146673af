import type { Metadata } from 'next'
import { cachedUseCase, cachedUseCasePage } from '@/content/cached'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ConceptLinks } from '@/components/ConceptLinks'
import { RichText } from '@/components/RichText'
import { SLUG_PATTERN } from '@/fields/slugify'
// Aliased: a name starting "use" reads as a React hook to the linter.
import { USE_CASES_PATH, useCasePath as pathOfUseCase } from '@/routes'
import { UseCaseByline } from '@/components/UseCaseCard'
import { pageMetadata } from '@/seo/pageMetadata'

type Props = { params: Promise<{ slug: string }> }

// Publishing refreshes this page in the app at once (cache tags); a CDN in front keeps a copy,
// or the 404 of a concept not yet published, for five minutes at most.
export const revalidate = 300

/** The newest use cases (the list's first page) are built ahead of time; the rest on first request. */
export async function generateStaticParams() {
  return (await cachedUseCasePage(1)).useCases.map(({ slug }) => ({ slug }))
}

async function findUseCase(params: Props['params']) {
  const { slug } = await params
  return SLUG_PATTERN.test(slug) ? cachedUseCase(slug) : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const useCase = await findUseCase(params)
  if (!useCase) notFound()
  return pageMetadata({ title: useCase.title, description: useCase.summary, path: pathOfUseCase(useCase.slug) })
}

export default async function UseCasePage({ params }: Props) {
  const useCase = await findUseCase(params)
  if (!useCase) notFound()
  return (
    <article className="page reading">
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <Link href={USE_CASES_PATH}>Use cases</Link> / <span aria-current="page">{useCase.title}</span>
      </nav>
      <h1>{useCase.title}</h1>
      <UseCaseByline useCase={useCase} />
      <p className="lead">{useCase.summary}</p>
      <RichText data={useCase.body} className="prose" />
      {useCase.link ? (
        <p>
          <a href={useCase.link} rel="noopener noreferrer" className="source-link">
            Read the source
          </a>
        </p>
      ) : null}
      <ConceptLinks id="concepts" heading="Concepts behind it" concepts={useCase.concepts} />
    </article>
  )
}
