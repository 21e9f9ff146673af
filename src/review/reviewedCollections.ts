/** The collections whose every change goes through review. */
export type ReviewedCollection = {
  slug: 'concepts' | 'use-cases' | 'faqs' | 'newsletter-issues'
  titleField: string
  label: string
  /** Whether its FAQs and use cases are reviewed with it (see companions.ts). */
  hasCompanions?: boolean
  /** Whether it is one of those companions, reviewed with its concept. */
  reviewedWithConcept?: boolean
  /** What publishing it does, on the publish button ("Send now" for a newsletter issue). */
  publishLabel?: string
}

export const REVIEWED_COLLECTIONS = {
  concepts: { slug: 'concepts', titleField: 'title', label: 'concept', hasCompanions: true },
  'use-cases': { slug: 'use-cases', titleField: 'title', label: 'use case', reviewedWithConcept: true },
  faqs: { slug: 'faqs', titleField: 'question', label: 'FAQ', reviewedWithConcept: true },
  'newsletter-issues': {
    slug: 'newsletter-issues',
    titleField: 'subject',
    label: 'newsletter issue',
    publishLabel: 'Send now to all subscribers',
  },
} as const satisfies Record<string, ReviewedCollection>

/** The reviewed collection with this slug, or undefined for any other. */
export function reviewedCollection(slug: string | undefined): ReviewedCollection | undefined {
  return (REVIEWED_COLLECTIONS as Record<string, ReviewedCollection | undefined>)[slug ?? '']
}
