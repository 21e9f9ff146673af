import type { ReviewMove, ReviewState } from './transitions'

/** What a write did to a document's review, handed from the before- to the after-hooks. */
export type ReviewEvent = {
  move: ReviewMove
  from: ReviewState
  to: ReviewState
  override: boolean
  comment?: string
  submittedBy?: number
}

export const reviewEventKey = (collection: string) => `review:event:${collection}`

export function takeReviewEvent(context: Record<string, unknown>, collection: string): ReviewEvent | undefined {
  const event = context[reviewEventKey(collection)] as ReviewEvent | undefined
  delete context[reviewEventKey(collection)]
  return event
}
