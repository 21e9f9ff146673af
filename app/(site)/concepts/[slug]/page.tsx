import type { Metadata } from 'next'
import {
  cachedConcept,
  cachedRecentConceptSlugs,
  cachedMentionDictionary,
  cachedSimilarConcepts,
  conceptDraftPage,
} from '@/content/cached'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { ConceptArticle } from '@/components/ConceptArticle'
import { DraftPreviewBanner } from '@/components/DraftPreviewBanner'
import { isStaffPreview } from '@/preview/staffPreview'
import { SLUG_PATTERN } from '@/fields/slugify'
import { conceptJsonLd } from '@/seo/conceptJsonLd'
import { conceptMetadata } from '@/seo/conceptMetadata'
import { JsonLd } from '@/seo/JsonLd'
import { conceptPath } from '@/routes'

type Props = { params: Promise<{ slug: string }> }

// The most recently updated published concepts are prerendered (a build stays quick at any
// size); the others render on first request, then stay cached.
// Publishing refreshes this page in the app at once (cache tags); a CDN in front keeps a copy,
// or the 404 of a concept not yet published, for five minutes at most.
export const revalidate = 300

const PRERENDERED_CONCEPTS = 200

export async function generateStaticParams() {
  return (await cachedRecentConceptSlugs(PRERENDERED_CONCEPTS)).map((slug) => ({ slug }))
}

// One lookup per request, shared by the metadata and the page: the cached published page,
// or the latest draft when signed-in staff preview it.
const conceptBySlug = cache(async (slug: string) => {
  if (!SLUG_PATTERN.test(slug)) return undefined
  return (await isStaffPreview()) ? conceptDraftPage(slug) : cachedConcept(slug)
})

async function conceptFor(params: Props['params']) {
  return conceptBySlug((await params).slug)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const concept = await conceptFor(params)
  if (!concept) notFound()
  return conceptMetadata(concept)
}

export default async function ConceptRoute({ params }: Props) {
  const concept = await conceptFor(params)
  if (!concept) notFound()
  const previewing = await isStaffPreview()
  const [mentions, similar] = await Promise.all([
    cachedMentionDictionary(),
    concept.related.length > 0 ? [] : cachedSimilarConcepts(concept.slug),
  ])
  return (
    <>
      {previewing ? <DraftPreviewBanner path={conceptPath(concept.slug)} /> : <JsonLd data={conceptJsonLd(concept)} />}
      <ConceptArticle concept={concept} mentions={mentions} similar={similar} preview={previewing} />
    </>
  )
}
