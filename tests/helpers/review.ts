// Fixtures for the review workflow: staff who sign in, and a concept that passes the
// readiness checklist (body, traits, pitfalls, a use case and three FAQs).
import type { Payload } from 'payload'
import type { Category, Concept } from '@/payload-types'
import type { Role } from '@/access/roles'
import { MIN_BODY_WORDS } from '@/review/rules/readiness'
import { richText } from '@/seed/richText'
import { slugify } from '@/fields/slugify'
import { rest } from './api'
import { createUseCase, unique } from './fixtures'
import { createUser } from './payload'

export type Staff = Awaited<ReturnType<typeof createUser>> & { token: string }

export async function signedIn(payload: Payload, roles: Role[]): Promise<Staff> {
  const user = await createUser(payload, roles)
  const login = await payload.login({
    collection: 'users',
    data: { email: user.email, password: 'correct horse battery staple' },
  })
  return { ...user, token: login.token! }
}

const substantialBody = () => richText([Array.from({ length: MIN_BODY_WORDS + 5 }, (_, i) => `word${i}`).join(' ')])

export function readyConceptData(category: Category) {
  const title = unique('Reviewed concept')
  return {
    title,
    slug: slugify(title),
    summary: 'The first summary.',
    category: category.id,
    difficulty: 'intermediate' as const,
    body: substantialBody(),
    keyTraits: [
      { label: 'One', explanation: 'The first trait.' },
      { label: 'Two', explanation: 'The second trait.' },
    ],
    pitfalls: [
      { title: 'One', explanation: 'The first pitfall.' },
      { title: 'Two', explanation: 'The second pitfall.' },
    ],
  }
}

/** A use case and three FAQs for the concept, written by the system (already reviewed). */
export async function addLinkedContent(payload: Payload, conceptId: number): Promise<void> {
  await createUseCase(payload, conceptId, { title: unique('Linked use case') })
  for (const order of [1, 2, 3]) {
    await payload.create({
      collection: 'faqs',
      data: {
        question: `Question ${order}?`,
        answer: richText(['An answer.']),
        concept: conceptId,
        order,
        _status: 'published',
      },
    })
  }
}

/** A concept draft written by `author` through REST, with everything review needs. */
export async function draftReadyConcept(payload: Payload, category: Category, author: Staff): Promise<Concept> {
  const response = await rest('POST', 'concepts?draft=true', { body: readyConceptData(category), token: author.token })
  if (response.status !== 201) throw new Error(`Could not create the draft: ${JSON.stringify(response.json)}`)
  const concept = response.json.doc as Concept
  await addLinkedContent(payload, concept.id)
  return concept
}

export function reviewAction(collection: string, id: number, token: string, action: string, comment?: string) {
  return rest('POST', `${collection}/${id}/review`, { body: { action, comment }, token })
}

export function errorMessage(json: Record<string, unknown>): string {
  return ((json.errors as { message: string }[] | undefined) ?? []).map((error) => error.message).join(' ')
}

/** The audit entries about one document, oldest first. */
export async function auditTrail(payload: Payload, collection: string, id: number) {
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { and: [{ documentCollection: { equals: collection } }, { documentId: { equals: String(id) } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
  })
  return docs
}
