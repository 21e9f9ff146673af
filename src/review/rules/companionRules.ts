// When a concept's FAQs and use cases hold back its review: the server's rules (hooks/companions.ts)
// and the admin's Publish button ask the same states and say the same words.
import { REVIEWED_COLLECTIONS } from '@/review/reviewedCollections'
import type { ReviewState } from './transitions'

/** States holding a change nobody has submitted yet. */
export const SUBMITTABLE_STATES: ReviewState[] = ['draft', 'changes_requested']

/** States of a companion holding a change that no approval of its concept covers yet. */
export const UNAPPROVED_STATES: ReviewState[] = [...SUBMITTABLE_STATES, 'in_review']

/** How messages name a companion: `FAQ “Why?”`. */
export const companionName = ({ collection, title }: { collection: 'faqs' | 'use-cases'; title: string }) =>
  `${REVIEWED_COLLECTIONS[collection].label} “${title}”`

/** Why an approved concept is not published while `companion` (see companionName) holds such a change. */
export const changedAfterApproval = (companion: string) =>
  `The ${companion} changed after this concept was approved: have that change reviewed too (submit it, then approve it) before publishing.`
