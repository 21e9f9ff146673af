// Submit, approve or request changes: the review moves that are not ordinary saves.
// Used by the review endpoint and callable from the Local API; the hooks enforce the rules.
import { APIError, type Payload } from 'payload'
import type { User } from '@/payload-types'
import { conceptReadinessFacts } from '@/review/queries/conceptReadiness'
import { reviewMoveContext } from '@/review/context'
import { conceptChecklist, missingItems } from '@/review/rules/readiness'
import type { ReviewedCollection } from '@/review/reviewedCollections'
import { REVIEW_ACTIONS, type ReviewAction } from '@/review/rules/transitions'

export type ReviewActionRequest = {
  collection: ReviewedCollection['slug']
  id: number
  action: unknown
  comment?: unknown
  /** The version the person approving saw (their review status's), when they say. */
  seen?: unknown
  user: User & { collection: 'users' }
}

const badRequest = (message: string, data?: Record<string, unknown>) => new APIError(message, 400, data ?? null, true)

function parseAction(action: unknown): ReviewAction {
  if (REVIEW_ACTIONS.includes(action as ReviewAction)) return action as ReviewAction
  throw badRequest(`Unknown review action. Use one of: ${REVIEW_ACTIONS.join(', ')}.`)
}

async function assertReadyForReview(payload: Payload, id: number) {
  const draft = await payload.findByID({ collection: 'concepts', id, draft: true, depth: 0, overrideAccess: true })
  const missing = missingItems(conceptChecklist(await conceptReadinessFacts(payload, draft)))
  if (missing.length > 0) {
    throw badRequest(`Not ready for review. Missing: ${missing.map((item) => item.label).join('; ')}.`, {
      missing: missing.map((item) => item.id),
    })
  }
}

/** The version an approver saw: checked inside the approving write (hooks/approvalAsSeen.ts). */
function parseSeen(seen: unknown): string | undefined {
  if (seen === undefined || typeof seen === 'string') return seen
  throw badRequest('`seen` must be the version your review status gave, as a string.')
}

export async function performReviewAction(payload: Payload, request: ReviewActionRequest) {
  const action = parseAction(request.action)
  const seen = action === 'approve' ? parseSeen(request.seen) : undefined
  const comment = typeof request.comment === 'string' ? request.comment.trim() : ''
  if (action === 'request_changes' && !comment) throw badRequest('Say what needs to change: a comment is required.')
  if (action === 'submit' && request.collection === 'concepts') await assertReadyForReview(payload, request.id)
  return payload.update({
    collection: request.collection,
    id: request.id,
    data: {},
    draft: true,
    depth: 0,
    user: request.user,
    overrideAccess: false,
    context: reviewMoveContext({ action, comment: comment || undefined, seen }),
  })
}
