// "N min read" counts every text a reader meets on the concept page, including the
// published FAQs and use-case cards, which live in their own collections.
import type { CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import type { LiveChangeEffect, LiveRecord } from '@/content/liveChange'
import { lexicalPlainText } from '@/fields/lexicalPlainText'
import { readingMinutes } from '@/fields/readingMinutes'
import type { Concept } from '@/payload-types'

type ConceptId = Concept['id']
type ConceptText = Partial<Pick<Concept, 'title' | 'subtitle' | 'summary' | 'body' | 'keyTraits' | 'pitfalls'>>

/** The rows of an array field; a save's data is counted before it is validated, so it may be anything. */
const rows = <T>(value: T[] | null | undefined): Partial<T>[] => (Array.isArray(value) ? value : [])

function ownTexts(concept: ConceptText): unknown[] {
  return [
    concept.title,
    concept.subtitle,
    concept.summary,
    lexicalPlainText(concept.body),
    ...rows(concept.keyTraits).flatMap((trait) => [trait?.label, trait?.explanation]),
    ...rows(concept.pitfalls).flatMap((pitfall) => [pitfall?.title, pitfall?.explanation]),
  ]
}

async function companionTexts(req: PayloadRequest, id: ConceptId): Promise<string[]> {
  const published = { _status: { equals: 'published' } } as const
  const [faqs, useCases] = await Promise.all([
    req.payload.find({
      collection: 'faqs',
      where: { and: [{ concept: { equals: id } }, published] },
      select: { question: true, answer: true },
      pagination: false,
      depth: 0,
      req,
    }),
    req.payload.find({
      collection: 'use-cases',
      where: { and: [{ concepts: { equals: id } }, published] },
      select: { title: true, summary: true },
      pagination: false,
      depth: 0,
      req,
    }),
  ])
  return [
    ...faqs.docs.flatMap((faq) => [faq.question, lexicalPlainText(faq.answer)]),
    ...useCases.docs.flatMap((useCase) => [useCase.title, useCase.summary]),
  ]
}

export async function conceptReadingTime(
  req: PayloadRequest,
  concept: ConceptText,
  id: ConceptId | undefined,
): Promise<number> {
  const companions = id === undefined ? [] : await companionTexts(req, id)
  return readingMinutes([...ownTexts(concept), ...companions])
}

/**
 * Recounts a concept after one of its FAQs or use cases changed, storing the minutes on the
 * concept and its newest version through the database adapter, in the request's transaction:
 * saving the concept through Payload would make a new version of it.
 */
export async function recountConceptReadingTime(req: PayloadRequest, id: ConceptId): Promise<void> {
  const concept = await req.payload.findByID({
    collection: 'concepts',
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  if (!concept) return
  const readingTime = await conceptReadingTime(req, concept, id)
  const { db } = req.payload
  await db.updateOne({ collection: 'concepts', id, data: { readingTime }, req, returning: false })
  const newest = await db.findVersions<Concept>({
    collection: 'concepts',
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    limit: 1,
    pagination: false,
    req,
  })
  for (const version of newest.docs) {
    await db.updateVersion<Pick<Concept, 'readingTime'>>({
      collection: 'concepts',
      id: version.id,
      versionData: { version: { readingTime } },
      req,
      returning: false,
    })
  }
}

/**
 * Hooks for a collection whose published documents show on concept pages: each linked
 * concept's reading time is recounted when readers would see the change (not on autosaves),
 * the concepts it left included.
 */
export function recountReadingTimeOfLinkedConcepts<Slug extends 'faqs' | 'use-cases'>(
  linkedConceptIds: (doc: LiveRecord<Slug>) => number[],
) {
  const recount = async (req: PayloadRequest, docs: LiveRecord<Slug>[]) => {
    for (const id of new Set(docs.flatMap(linkedConceptIds))) await recountConceptReadingTime(req, id)
  }
  const afterLiveChange: LiveChangeEffect<Slug> = ({ before, after }, req) => recount(req, [after, before])
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await recount(req, [doc])
    return doc
  }
  return { afterLiveChange, afterDelete }
}
