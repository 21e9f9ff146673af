// "N min read" counts every text a reader meets on the concept page, including the
// published FAQs and use-case cards, which live in their own collections.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { lexicalPlainText } from '../../src/fields/lexicalPlainText'
import { readingMinutes } from '../../src/fields/readingTime'
import type { Concept } from '../../src/payload-types'

type ConceptId = Concept['id']
type ConceptText = Partial<Pick<Concept, 'title' | 'subtitle' | 'summary' | 'body' | 'keyTraits' | 'pitfalls'>>

function ownTexts(concept: ConceptText): string[] {
  return [
    concept.title ?? '',
    concept.subtitle ?? '',
    concept.summary ?? '',
    lexicalPlainText(concept.body),
    ...(concept.keyTraits ?? []).flatMap((trait) => [trait.label, trait.explanation]),
    ...(concept.pitfalls ?? []).flatMap((pitfall) => [pitfall.title, pitfall.explanation]),
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
 * Recounts a concept after one of its FAQs or use cases changed. Writes the column
 * directly: saving the concept through Payload would make a new version of it.
 */
export async function refreshConceptReadingTime(req: PayloadRequest, id: ConceptId): Promise<void> {
  const concept = await req.payload.findByID({
    collection: 'concepts',
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  if (!concept) return
  const minutes = await conceptReadingTime(req, concept, id)
  const adapter = req.payload.db as unknown as PostgresAdapter
  const transactionId = req.transactionID ? await req.transactionID : undefined
  const db = (transactionId !== undefined && adapter.sessions?.[transactionId]?.db) || adapter.drizzle
  await db.execute(sql`update "concepts" set "reading_time" = ${minutes} where "id" = ${id}`)
  await db.execute(
    sql`update "_concepts_v" set "version_reading_time" = ${minutes} where "parent_id" = ${id} and "latest" = true`,
  )
}
