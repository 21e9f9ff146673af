// A concept written the way an editor writes one on day one: the concept, a use case and FAQs,
// all drafts saved through the REST API, and the review states of all of them.
import type { Payload } from 'payload'
import type { Category, Concept } from '@/payload-types'
import { slugify } from '@/fields/slugify'
import { richText } from '@/seed/richText'
import { rest } from './api'
import { unique } from './fixtures'
import { readyConceptData, type Staff } from './review'

export type WrittenWithCompanions = { concept: Concept; useCaseId: number; faqIds: number[] }

/** Saves a draft through REST as `author`; its id. */
export async function draftThroughApi(
  collection: string,
  body: Record<string, unknown>,
  author: Staff,
): Promise<number> {
  const response = await rest('POST', `${collection}?draft=true`, { body, token: author.token })
  if (response.status !== 201)
    throw new Error(`Could not save the ${collection} draft: ${JSON.stringify(response.json)}`)
  return (response.json.doc as { id: number }).id
}

/** A ready concept, one use case and an FAQ per answer (an empty answer leaves it out), all drafts. */
export async function writeConceptWithCompanions(
  category: Category,
  author: Staff,
  faqAnswers = ['First answer.', 'Second answer.', 'Third answer.'],
): Promise<WrittenWithCompanions> {
  const response = await rest('POST', 'concepts?draft=true', { body: readyConceptData(category), token: author.token })
  const concept = response.json.doc as Concept
  const title = unique('Day-one use case')
  const useCaseId = await draftThroughApi(
    'use-cases',
    { title, slug: slugify(title), organization: 'Acme', summary: 'Shipped it.', concepts: [concept.id] },
    author,
  )
  const faqIds: number[] = []
  for (const [index, answer] of faqAnswers.entries()) {
    faqIds.push(
      await draftThroughApi(
        'faqs',
        {
          question: `Day-one question ${index + 1}?`,
          answer: answer ? richText([answer]) : undefined,
          concept: concept.id,
          order: index,
        },
        author,
      ),
    )
  }
  return { concept, useCaseId, faqIds }
}

/** The review state of the concept, its use case and each FAQ, in that order. */
export async function reviewStatesOf(payload: Payload, { concept, useCaseId, faqIds }: WrittenWithCompanions) {
  const read = (collection: 'concepts' | 'use-cases' | 'faqs', id: number) =>
    payload.findByID({ collection, id, draft: true, depth: 0 }).then((doc) => doc.review?.state)
  return [
    await read('concepts', concept.id),
    await read('use-cases', useCaseId),
    ...(await Promise.all(faqIds.map((id) => read('faqs', id)))),
  ]
}
