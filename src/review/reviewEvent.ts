import type { ReviewMove, ReviewState } from './transitions'

/** What a write did to a document's review, handed from the before- to the after-hooks. */
export type ReviewEvent = {
  move: ReviewMove
  from: ReviewState
  to: ReviewState
  override: boolean
  comment?: string
  submittedBy?: number
  /** The concept whose move this companion follows (see companions.ts). */
  companionOf?: string
  /** The collections of the companions that followed this concept's move, one entry each. */
  companions?: string[]
}

export const reviewEventKey = (collection: string) => `review:event:${collection}`

export function peekReviewEvent(context: Record<string, unknown>, collection: string): ReviewEvent | undefined {
  return context[reviewEventKey(collection)] as ReviewEvent | undefined
}

export function takeReviewEvent(context: Record<string, unknown>, collection: string): ReviewEvent | undefined {
  const event = context[reviewEventKey(collection)] as ReviewEvent | undefined
  delete context[reviewEventKey(collection)]
  return event
}
