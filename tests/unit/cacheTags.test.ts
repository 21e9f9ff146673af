import { describe, expect, it } from 'vitest'
import { categoryChangeTags, conceptChangeTags, faqChangeTags, useCaseChangeTags } from '@/content/cacheTags'
import type { Concept } from '@/payload-types'
import { richText } from '@/seed/richText'

const published = (slug: string) => ({ _status: 'published' as const, slug })

/** A concept's main record as readers see it. */
const live = (slug: string, fields: Partial<Concept> = {}): Partial<Concept> => ({
  id: 7,
  title: 'Retrieval-Augmented Generation',
  summary: 'Answers grounded in fetched documents.',
  body: richText(['The first wording.']),
  readingTime: 4,
  related: [3],
  category: 2,
  slug,
  _status: 'published',
  ...fields,
})

describe('conceptChangeTags', () => {
  it('expires the lists, the concept page and every concept page’s links on a first publish', () => {
    expect(conceptChangeTags(undefined, live('rag'))).toEqual(['concepts', 'concept-links', 'concept:rag'])
    expect(conceptChangeTags(live('rag', { _status: 'draft' }), live('rag'))).toEqual([
      'concepts',
      'concept-links',
      'concept:rag',
    ])
  })

  it('leaves other concept pages cached when only the concept’s own words change', () => {
    const edited = live('rag', { body: richText(['A longer second wording.']), readingTime: 5, updatedAt: 'now' })
    expect(conceptChangeTags(live('rag'), edited)).toEqual(['concepts', 'concept:rag'])
  })

  it.each([
    ['title', { title: 'RAG' }],
    ['summary', { summary: 'Answers that cite what they fetched.' }],
    ['aliases', { aliases: ['RAG'] }],
    ['category', { category: 5 }],
    ['difficulty', { difficulty: 'advanced' as const }],
    ['related concepts', { related: [3, 4] }],
    ['prerequisites', { prerequisites: [9] }],
  ])('expires every concept page’s links when its %s changes', (_, fields) => {
    expect(conceptChangeTags(live('rag'), live('rag', fields))).toEqual(['concepts', 'concept-links', 'concept:rag'])
  })

  it('expires the old address too when the slug changes', () => {
    expect(conceptChangeTags(live('retrieval'), live('rag'))).toEqual([
      'concepts',
      'concept-links',
      'concept:retrieval',
      'concept:rag',
    ])
  })

  it('expires everything on unpublish and delete', () => {
    const unpublished = ['concepts', 'concept-links', 'concept:rag']
    expect(conceptChangeTags(live('rag'), live('rag', { _status: 'draft' }))).toEqual(unpublished)
    expect(conceptChangeTags(live('rag'), undefined)).toEqual(unpublished)
  })

  it('leaves caches alone when what readers see has not changed', () => {
    expect(conceptChangeTags(live('rag'), live('rag'))).toEqual([])
    expect(conceptChangeTags(live('rag', { _status: 'draft' }), live('rag', { _status: 'draft' }))).toEqual([])
    expect(conceptChangeTags(undefined, live('rag', { _status: 'draft' }))).toEqual([])
  })
})

describe('related documents', () => {
  it('a published FAQ expires its concepts’ pages and the concept lists, whose cards show reading time', () => {
    expect(faqChangeTags({ _status: 'published' }, undefined, ['rag', 'rag'])).toEqual(['concepts', 'concept:rag'])
    expect(faqChangeTags({ _status: 'draft' }, { _status: 'draft' }, ['rag'])).toEqual([])
  })

  it('a use case expires the use-case pages and every concept it is or was linked to', () => {
    expect(useCaseChangeTags(published('klarna'), published('klarna'), ['llm', 'rag'])).toEqual([
      'use-cases',
      'use-case:klarna',
      'concepts',
      'concept:llm',
      'concept:rag',
    ])
  })

  it('a category expires category pages and concept lists, which show category names', () => {
    expect(categoryChangeTags()).toEqual(['categories', 'concepts'])
  })
})
