import type { Metadata } from 'next'
import { cachedConcept, cachedConceptList } from '../../../../src/content/cached'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { ConceptArticle } from '../../../../src/components/ConceptArticle'
import { SLUG_PATTERN } from '../../../../src/fields/slugify'
import { conceptJsonLd } from '../../../../src/seo/conceptJsonLd'
import { conceptMetadata } from '../../../../src/seo/conceptMetadata'
import { JsonLd } from '../../../../src/seo/JsonLd'

type Props = { params: Promise<{ slug: string }> }

// Published concepts are prerendered; newer ones render on first request, then stay cached.
export async function generateStaticParams() {
  return (await cachedConceptList()).map(({ slug }) => ({ slug }))
}

// One lookup per request, shared by the metadata and the page.
const conceptBySlug = cache((slug: string) => (SLUG_PATTERN.test(slug) ? cachedConcept(slug) : undefined))

async function conceptFor(params: Props['params']) {
  return conceptBySlug((await params).slug)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const concept = await conceptFor(params)
  return concept ? conceptMetadata(concept) : {}
}

export default async function ConceptRoute({ params }: Props) {
  const concept = await conceptFor(params)
  if (!concept) notFound()
  return (
    <>
      <JsonLd data={conceptJsonLd(concept)} />
      <ConceptArticle concept={concept} />
    </>
  )
}
