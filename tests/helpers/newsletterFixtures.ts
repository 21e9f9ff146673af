// A concept and a use case an issue can feature, both published.
import type { Payload } from 'payload'
import type { Concept, UseCase } from '@/payload-types'
import { slugify } from '@/fields/slugify'
import { createCategory, createConcept, unique } from './fixtures'

export async function featurable(payload: Payload): Promise<{ concept: Concept; useCase: UseCase }> {
  const concept = await createConcept(payload, await createCategory(payload), {
    keyTraits: [
      { label: 'Learns from examples', explanation: 'It picks up patterns from data.' },
      { label: 'Generalises', explanation: 'It handles cases it never saw.' },
      { label: 'Needs checking', explanation: 'Its answers can be wrong.' },
      { label: 'A fourth trait', explanation: 'Left out of the email.' },
    ],
  })
  const title = unique('Use case')
  const useCase = await payload.create({
    collection: 'use-cases',
    data: {
      title,
      slug: slugify(title),
      organization: 'Northwind Clinics',
      summary: 'Northwind triaged patient messages with it and answered urgent ones in minutes.',
      concepts: [concept.id],
      _status: 'published',
    },
  })
  return { concept, useCase }
}
