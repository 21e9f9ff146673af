// The site's content layer shows readers exactly the published parts of a page.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Category, Concept } from '@/payload-types'
import { getConceptPage, listConceptPage } from '@/content/reads/concepts'
import { richText } from '@/seed/richText'
import { createCategory, createConcept, unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
let category: Category
let concept: Concept
let draftConcept: Concept

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
  concept = await createConcept(payload, category)
  draftConcept = await createConcept(payload, category, { _status: 'draft' })
  for (const [status, question] of [
    ['published', 'Published question?'],
    ['draft', 'Draft question?'],
  ] as const) {
    await payload.create({
      collection: 'faqs',
      data: { question, answer: richText(['An answer.']), concept: concept.id, _status: status },
      draft: status === 'draft',
    })
  }
  for (const status of ['published', 'draft'] as const) {
    const title = unique(`${status} use case`)
    await payload.create({
      collection: 'use-cases',
      data: {
        title,
        slug: title.toLowerCase().replace(/\W+/g, '-'),
        organization: 'Acme',
        summary: 'Did a thing.',
        concepts: [concept.id],
        _status: status,
      },
      draft: status === 'draft',
    })
  }
})

describe('the public concept page', () => {
  it('shows published FAQs and use cases and hides drafts', async () => {
    const page = await getConceptPage(concept.slug)
    expect(page?.faqs.map((faq) => faq.question)).toEqual(['Published question?'])
    expect(page?.useCases.map((useCase) => useCase.title)).toEqual([expect.stringMatching(/^published use case/)])
    expect(page?.category?.name).toBe(category.name)
  })

  it('does not exist for a draft concept', async () => {
    expect(await getConceptPage(draftConcept.slug)).toBeUndefined()
    const titles = (await listConceptPage({ category: category.slug, sort: 'name' }, 1)).concepts.map(
      (item) => item.title,
    )
    expect(titles).toContain(concept.title)
    expect(titles).not.toContain(draftConcept.title)
  })
})
