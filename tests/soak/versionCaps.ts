// How many versions Payload keeps of each reviewed document (the collection's maxPerDoc):
// beyond it the oldest are deleted, so the soak keeps every document it writes under it.
import type { CollectionConfig } from 'payload'
import type { ReviewedCollection } from '@/review/reviewedCollections'
import { Concepts } from '../../collections/Concepts'
import { Faqs } from '../../collections/Faqs'
import { NewsletterIssues } from '../../collections/NewsletterIssues'
import { UseCases } from '../../collections/UseCases'

/** Payload's own default when a collection keeps versions without saying how many. */
const PAYLOAD_DEFAULT_MAX_PER_DOC = 100

function maxPerDoc({ versions }: Pick<CollectionConfig, 'versions'>): number {
  if (typeof versions !== 'object') return 0
  const max = versions.maxPerDoc ?? PAYLOAD_DEFAULT_MAX_PER_DOC
  return max === 0 ? Infinity : max
}

export type VersionCaps = Record<ReviewedCollection['slug'], number>

export const VERSION_CAPS: VersionCaps = {
  concepts: maxPerDoc(Concepts),
  faqs: maxPerDoc(Faqs),
  'use-cases': maxPerDoc(UseCases),
  'newsletter-issues': maxPerDoc(NewsletterIssues),
}
