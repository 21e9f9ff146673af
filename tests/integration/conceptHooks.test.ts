import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Category } from '@/payload-types'
import { richText } from '@/seed/richText'
import { createCategory, createConcept, unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
let category: Category

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ')

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
})

describe('slug', () => {
  it('is made from the title when left empty', async () => {
    const title = `Mixture of Experts & Routing ${Date.now()}`
    const concept = await payload.create({
      collection: 'concepts',
      data: {
        title,
        summary: 'Routes tokens.',
        category: category.id,
        difficulty: 'advanced',
        _status: 'published',
      } as never,
    })
    expect(concept.slug).toBe(`mixture-of-experts-and-routing-${title.split(' ').pop()}`)
  })
})

describe('reading time', () => {
  it('counts the body and grows when a published FAQ answer is added', async () => {
    const concept = await createConcept(payload, category, { body: richText([words(450)]) })
    expect(concept.readingTime).toBe(3)

    const faq = await payload.create({
      collection: 'faqs',
      data: { question: 'Why?', answer: richText([words(400)]), concept: concept.id, _status: 'published' },
    })
    const withFaq = await payload.findByID({ collection: 'concepts', id: concept.id })
    expect(withFaq.readingTime).toBe(5)

    await payload.delete({ collection: 'faqs', id: faq.id })
    const withoutFaq = await payload.findByID({ collection: 'concepts', id: concept.id })
    expect(withoutFaq.readingTime).toBe(3)
  })

  it('updates the draft editors see as well as the published page, without a new version', async () => {
    const concept = await createConcept(payload, category, { body: richText([words(360)]) })
    expect(concept.readingTime).toBe(2)
    const versionsBefore = await payload.countVersions({
      collection: 'concepts',
      where: { parent: { equals: concept.id } },
    })
    await payload.create({
      collection: 'use-cases',
      data: {
        title: 'A long story',
        organization: 'Example Labs',
        summary: words(40),
        concepts: [concept.id],
        _status: 'published',
      } as never,
    })
    const draft = await payload.findByID({ collection: 'concepts', id: concept.id, draft: true })
    expect(draft.readingTime).toBe(3)
    const versionsAfter = await payload.countVersions({
      collection: 'concepts',
      where: { parent: { equals: concept.id } },
    })
    expect(versionsAfter.totalDocs).toBe(versionsBefore.totalDocs)
  })

  it('ignores FAQ drafts that readers cannot see', async () => {
    const concept = await createConcept(payload, category, { body: richText([words(100)]) })
    await payload.create({
      collection: 'faqs',
      data: { question: 'Draft?', answer: richText([words(1000)]), concept: concept.id, _status: 'draft' },
      draft: true,
    })
    expect((await payload.findByID({ collection: 'concepts', id: concept.id })).readingTime).toBe(1)
  })

  it('cannot be typed by hand', async () => {
    const concept = await createConcept(payload, category, { readingTime: 42 })
    expect(concept.readingTime).toBe(1)
  })
})

describe('publication dates', () => {
  it('are empty on a draft, set on first publish, and only lastUpdatedAt moves on republish', async () => {
    const draft = await createConcept(payload, category, { _status: 'draft', title: unique('Dated') })
    expect(draft.firstPublishedAt).toBeFalsy()
    expect(draft.lastUpdatedAt).toBeFalsy()

    const published = await payload.update({ collection: 'concepts', id: draft.id, data: { _status: 'published' } })
    expect(published.firstPublishedAt).toBeTruthy()
    expect(published.lastUpdatedAt).toBe(published.firstPublishedAt)

    await new Promise((resolve) => setTimeout(resolve, 20))
    const republished = await payload.update({
      collection: 'concepts',
      id: draft.id,
      data: { subtitle: 'Now with a subtitle', _status: 'published', firstPublishedAt: '2001-01-01T00:00:00.000Z' },
    })
    expect(republished.firstPublishedAt).toBe(published.firstPublishedAt)
    expect(new Date(republished.lastUpdatedAt!).getTime()).toBeGreaterThan(new Date(published.lastUpdatedAt!).getTime())
  })
})
