import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ConceptArticle } from '../../../../src/components/ConceptArticle'
import { getPublishedConcept } from '../../../../src/content/concepts'
import { SLUG_PATTERN } from '../../../../src/fields/slugify'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

async function conceptFor(params: Props['params']) {
  const { slug } = await params
  return SLUG_PATTERN.test(slug) ? getPublishedConcept(slug) : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const concept = await conceptFor(params)
  return concept ? { title: concept.title, description: concept.summary } : {}
}

export default async function ConceptRoute({ params }: Props) {
  const concept = await conceptFor(params)
  if (!concept) notFound()
  return <ConceptArticle concept={concept} />
}
