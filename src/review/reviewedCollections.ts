/** The collections whose every change goes through review. */
export type ReviewedCollection = {
  slug: 'concepts' | 'use-cases' | 'faqs'
  titleField: string
  label: string
  /** Whether its FAQs and use cases are reviewed with it (see companions.ts). */
  hasCompanions?: boolean
}

export const REVIEWED_COLLECTIONS = {
  concepts: { slug: 'concepts', titleField: 'title', label: 'concept', hasCompanions: true },
  'use-cases': { slug: 'use-cases', titleField: 'title', label: 'use case' },
  faqs: { slug: 'faqs', titleField: 'question', label: 'FAQ' },
} as const satisfies Record<string, ReviewedCollection>
