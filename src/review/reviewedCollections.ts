/** The collections whose every change goes through review. */
export type ReviewedCollection = {
  slug: 'concepts' | 'use-cases' | 'faqs'
  titleField: string
  label: string
}

export const REVIEWED_COLLECTIONS = {
  concepts: { slug: 'concepts', titleField: 'title', label: 'concept' },
  'use-cases': { slug: 'use-cases', titleField: 'title', label: 'use case' },
  faqs: { slug: 'faqs', titleField: 'question', label: 'FAQ' },
} as const satisfies Record<string, ReviewedCollection>
