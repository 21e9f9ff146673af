import { describe, expect, it } from 'vitest'
import { conceptChecklist, missingItems, type ReadinessFacts } from '@/review/rules/readiness'

const complete: ReadinessFacts = {
  hasSummary: true,
  hasCategory: true,
  hasDifficulty: true,
  bodyWords: 120,
  keyTraits: 2,
  pitfalls: 2,
  useCases: 1,
  faqs: 3,
  imagesWithoutAlt: 0,
  unpublishedLinks: [],
}

const missing = (facts: Partial<ReadinessFacts>) =>
  missingItems(conceptChecklist({ ...complete, ...facts })).map((item) => item.label)

describe('the publish-readiness checklist', () => {
  it('passes a complete concept', () => {
    expect(missing({})).toEqual([])
  })

  it('names exactly what is missing, with the counts', () => {
    expect(missing({ keyTraits: 1, faqs: 2, bodyWords: 12 })).toEqual([
      'An explanation of at least 50 words (now 12)',
      'At least 2 key traits (now 1)',
      'At least 3 FAQs (now 2)',
    ])
    expect(missing({ hasSummary: false, hasCategory: false, hasDifficulty: false })).toEqual([
      'A summary',
      'A category',
      'A difficulty',
    ])
  })

  it('names images without alt text and links to unpublished concepts', () => {
    expect(missing({ imagesWithoutAlt: 2, unpublishedLinks: ['Tokenizer'] })).toEqual([
      'Alt text on every image (2 images without)',
      'Links only to published concepts (not published: Tokenizer)',
    ])
  })
})
