import type { Payload } from 'payload'
import type { Category, Concept, UseCase } from '@/payload-types'
import { slugify } from '@/fields/slugify'
import { richText } from '@/seed/richText'

let counter = 0
export function unique(label: string): string {
  counter += 1
  return `${label} ${Date.now().toString(36)}${counter}`
}

export async function createCategory(payload: Payload): Promise<Category> {
  const name = unique('Category')
  return payload.create({ collection: 'categories', data: { name, slug: slugify(name), accent: 'blue' } })
}

type ConceptOverrides = Partial<Omit<Concept, 'id' | 'faqs' | 'useCases'>>

/** A valid concept; published unless `_status: 'draft'` is given. */
export async function createConcept(payload: Payload, category: Category, overrides: ConceptOverrides = {}) {
  const title = overrides.title ?? unique('Concept')
  return payload.create({
    collection: 'concepts',
    data: {
      title,
      slug: slugify(title),
      summary: 'A short, plain summary of the idea.',
      category: category.id,
      difficulty: 'beginner',
      body: richText(['An explanation of the idea in a few words.']),
      keyTraits: [
        { label: 'First trait', explanation: 'Why it matters.' },
        { label: 'Second trait', explanation: 'Why this one matters too.' },
      ],
      pitfalls: [{ title: 'A pitfall', explanation: 'How it goes wrong.' }],
      _status: 'published',
      ...overrides,
    },
  })
}

type UseCaseOverrides = Partial<Omit<UseCase, 'id' | 'concepts'>>

/** A valid use case of the concept; published unless `_status: 'draft'` is given (then saved as a draft). */
export async function createUseCase(payload: Payload, conceptId: number, overrides: UseCaseOverrides = {}) {
  const title = overrides.title ?? unique('Use case')
  return payload.create({
    collection: 'use-cases',
    data: {
      title,
      slug: slugify(title),
      organization: 'Acme',
      summary: 'Used it.',
      concepts: [conceptId],
      _status: 'published',
      ...overrides,
    },
    draft: overrides._status === 'draft',
  })
}
