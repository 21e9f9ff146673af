import { describe, expect, it } from 'vitest'
import { categoryChangeTags, conceptChangeTags, faqChangeTags, useCaseChangeTags } from '@/content/cacheTags'

const published = (slug: string) => ({ _status: 'published' as const, slug })
const draft = (slug: string) => ({ _status: 'draft' as const, slug })

describe('conceptChangeTags', () => {
  it('expires the lists and the concept page on publish', () => {
    expect(conceptChangeTags(published('rag'), draft('rag'))).toEqual(['concepts', 'concept:rag'])
  })

  it('expires the old address too when the slug changes', () => {
    expect(conceptChangeTags(published('rag'), published('retrieval'))).toEqual([
      'concepts',
      'concept:rag',
      'concept:retrieval',
    ])
  })

  it('expires everything on unpublish', () => {
    expect(conceptChangeTags(draft('rag'), published('rag'))).toEqual(['concepts', 'concept:rag'])
  })

  it('leaves caches alone for draft saves readers never see', () => {
    expect(conceptChangeTags(draft('rag'), draft('rag'))).toEqual([])
    expect(conceptChangeTags(draft('rag'), undefined)).toEqual([])
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
