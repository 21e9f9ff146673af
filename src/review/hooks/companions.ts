// A concept's FAQs and use cases are reviewed with it: submitting, approving, sending back
// or publishing the concept makes the same move on every companion with an unreviewed
// change, in the same transaction, so one change is one review and goes live as one piece.
// Each companion's move passes its own review rules and is audited on its own.
import {
  APIError,
  type CollectionAfterChangeHook,
  type Payload,
  type PayloadRequest,
  type RequestContext,
  type Where,
} from 'payload'
import { peekReviewEvent, reviewMoveContext, type ReviewEvent } from '@/review/context'
import { isAdmin } from '@/access/capabilities'
import { relationIds } from '@/fields/relationId'
import { REVIEWED_COLLECTIONS } from '@/review/reviewedCollections'
import { REVIEW_ACTIONS, type ReviewMove, type ReviewState } from '@/review/rules/transitions'
import {
  changedAfterApproval,
  companionName,
  SUBMITTABLE_STATES,
  UNAPPROVED_STATES,
} from '@/review/rules/companionRules'

export type Companion = {
  collection: 'faqs' | 'use-cases'
  id: number
  title: string
  state: ReviewState
  /** When its draft last changed. */
  updatedAt: string
}

/** Which companions each of the concept's moves carries along. */
const CARRIED_FROM: Partial<Record<ReviewMove, ReviewState[]>> = {
  submit: SUBMITTABLE_STATES,
  approve: ['in_review'],
  request_changes: ['in_review', 'approved'],
  publish: ['approved'],
}

/** The concepts a companion goes live with: an FAQ's one, a use case's several. */
export function conceptsOfCompanion(doc: { concept?: unknown; concepts?: unknown }): number[] {
  return relationIds([doc.concept, ...(Array.isArray(doc.concepts) ? doc.concepts : [])])
}

/** The companions that would go into (or are in) the concept's review. */
export const PENDING_STATES: ReviewState[] = ['draft', 'changes_requested', 'in_review', 'approved']

const linkedTo = (conceptId: number): Record<Companion['collection'], Where> => ({
  faqs: { concept: { equals: conceptId } },
  'use-cases': { concepts: { in: [conceptId] } },
})

export async function companionsOf(
  payload: Payload,
  conceptId: number,
  states: ReviewState[],
  req?: PayloadRequest,
): Promise<Companion[]> {
  const where = linkedTo(conceptId)
  const lists = await Promise.all(
    (['use-cases', 'faqs'] as const).map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        draft: true,
        where: { and: [where[collection], { 'review.state': { in: states } }] },
        sort: collection === 'faqs' ? 'order' : 'createdAt',
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const titleField = REVIEWED_COLLECTIONS[collection].titleField
      return docs.map((doc) => ({
        collection,
        id: doc.id,
        title: String((doc as unknown as Record<string, unknown>)[titleField] ?? ''),
        state: doc.review?.state ?? 'draft',
        updatedAt: doc.updatedAt,
      }))
    }),
  )
  return lists.flat()
}

function companionContext(move: ReviewMove, comment: string | undefined, conceptTitle: string): RequestContext {
  const action = REVIEW_ACTIONS.find((candidate) => candidate === move)
  return reviewMoveContext(action && { action, comment }, conceptTitle)
}

async function carry(
  req: PayloadRequest,
  companion: Companion,
  move: ReviewMove,
  comment: string | undefined,
  conceptTitle: string,
) {
  try {
    await req.payload.update({
      collection: companion.collection,
      id: companion.id,
      data: move === 'publish' ? { _status: 'published' } : {},
      draft: move !== 'publish',
      user: req.user,
      overrideAccess: false,
      req,
      context: companionContext(move, comment, conceptTitle),
    })
  } catch (error) {
    // A rule or a validation refused it: say which companion, keeping the status.
    // A failure (5xx) is no message for the user.
    if (!(error instanceof APIError) || error.status >= 500) throw error
    throw new APIError(
      `The ${companionName(companion)} goes with this concept and could not follow: ${error.message}`,
      error.status,
      null,
      true,
    )
  }
}

/** Refuses the concept's move while one of its companions is in one of `states`, saying which. */
async function refuseWhileCompanionIn(
  req: PayloadRequest,
  conceptId: number,
  states: ReviewState[],
  rule: (companion: string) => string,
) {
  const [holding] = await companionsOf(req.payload, conceptId, states, req)
  if (!holding) return
  throw new APIError(rule(companionName(holding)), 403, null, true)
}

/**
 * An approval covers the whole change, and goes live whole: a companion edited after the
 * submit must be submitted too, and one edited after the approval reviewed before the
 * publish (an admin may publish the concept alone, leaving that change behind).
 */
async function refuseCompanionsLeftOut(req: PayloadRequest, conceptId: number, event: ReviewEvent) {
  if (event.move === 'approve') {
    await refuseWhileCompanionIn(
      req,
      conceptId,
      SUBMITTABLE_STATES,
      (companion) =>
        `The ${companion} changed after this concept was submitted: submit it too, or request changes, before approving.`,
    )
  }
  if (event.move === 'publish' && !isAdmin(req.user)) {
    await refuseWhileCompanionIn(req, conceptId, UNAPPROVED_STATES, changedAfterApproval)
  }
}

/** After a concept's review move: the same move on each companion, one after another (they share the transaction). */
export const carryMoveToCompanions: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const event = peekReviewEvent(context, 'concepts')
  const states = event && CARRIED_FROM[event.move]
  if (!event || !states || !req.user) return doc
  await refuseCompanionsLeftOut(req, doc.id, event)
  const companions = await companionsOf(req.payload, doc.id, states, req)
  for (const companion of companions) await carry(req, companion, event.move, event.comment, String(doc.title ?? ''))
  event.companions = companions.map((companion) => companion.collection)
  return doc
}
