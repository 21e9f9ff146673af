// What one write's review hooks tell each other, carried in Payload's request context. The
// keys are this module's own and typed below; everything else reads and writes them
// through these functions.
import type { RequestContext } from 'payload'
import type { ReviewAction, ReviewMove, ReviewState } from './rules/transitions'

/** A submit, approval or request for changes; set only by `performReviewAction` (and a concept's companions). */
export type RequestedReviewAction = {
  action: ReviewAction
  comment?: string
  /** For an approval: the version the reviewer saw (queries/reviewedVersion.ts), checked inside the write. */
  seen?: string
}

/** What a write did to a document's review, handed from the before- to the after-hooks. */
export type ReviewEvent = {
  move: ReviewMove
  from: ReviewState
  to: ReviewState
  override: boolean
  comment?: string
  submittedBy?: number
  /** The concept whose move this companion follows (see hooks/companions.ts). */
  companionOf?: string
  /** The collections of the companions that followed this concept's move, one entry each. */
  companions?: string[]
}

declare module 'payload' {
  interface RequestContext {
    'review:action'?: RequestedReviewAction
    'review:companionOf'?: string
    /** When each companion an approval checked last changed, by `collection/id`: it may carry only those, unchanged. */
    'review:seenCompanions'?: Record<string, string>
    [draftSave: `review:draftSave:${string}`]: boolean | undefined
    [event: `review:event:${string}`]: ReviewEvent | undefined
  }
}

/**
 * The context of a review move. A companion's move names its concept, and a companion's
 * publish passes no action, clearing the one its concept's request held.
 */
export function reviewMoveContext(action: RequestedReviewAction | undefined, companionOf?: string): RequestContext {
  return { 'review:action': action, 'review:companionOf': companionOf }
}

export const requestedAction = (context: RequestContext) => context['review:action']

export const companionOf = (context: RequestContext) => context['review:companionOf']

const companionKey = (collection: string, id: number) => `${collection}/${id}`

export function rememberSeenCompanions(
  context: RequestContext,
  companions: { collection: string; id: number; updatedAt: string }[],
): void {
  context['review:seenCompanions'] = Object.fromEntries(
    companions.map(({ collection, id, updatedAt }) => [companionKey(collection, id), updatedAt]),
  )
}

/**
 * When the approval in progress saw this companion last change: undefined when it did not see
 * it, null when no approval with a version checked its companions.
 */
export const seenCompanionChange = (context: RequestContext, collection: string, id: number) => {
  const seen = context['review:seenCompanions']
  return seen ? seen[companionKey(collection, id)] : null
}

export function rememberDraftSave(context: RequestContext, collection: string, draftOnly: boolean): void {
  context[`review:draftSave:${collection}`] = draftOnly
}

/** Whether the write in progress only saves a draft, as judged before its hooks ran; undefined outside a write. */
export const judgedDraftSave = (context: RequestContext, collection: string) =>
  context[`review:draftSave:${collection}`]

export function putReviewEvent(context: RequestContext, collection: string, event: ReviewEvent): void {
  context[`review:event:${collection}`] = event
}

export const peekReviewEvent = (context: RequestContext, collection: string) => context[`review:event:${collection}`]

/** The event, removed so that a later write in the same request starts afresh. */
export function takeReviewEvent(context: RequestContext, collection: string): ReviewEvent | undefined {
  const event = peekReviewEvent(context, collection)
  delete context[`review:event:${collection}`]
  return event
}
