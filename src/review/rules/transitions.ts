// The editorial review state machine: which move each person may make from each state.
// Pure, so the whole table is unit-tested; the hooks in this folder enforce it on the server.
import type { User } from '@/payload-types'
import { canPublish, canReview, isAdmin } from '@/access/capabilities'

export const REVIEW_STATES = ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  published: 'Published',
}

/** Moves a person asks for; `edit` is a change of content saved as a draft. */
export const REVIEW_MOVES = ['edit', 'submit', 'approve', 'request_changes', 'publish', 'unpublish', 'delete'] as const
export type ReviewMove = (typeof REVIEW_MOVES)[number]

/** Moves made through the review panel or endpoint rather than an ordinary save. */
export const REVIEW_ACTIONS = ['submit', 'approve', 'request_changes'] as const
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]

export type Actor = {
  roles: User['roles']
  /** Whether this person wrote or submitted the change under review. */
  isAuthor: boolean
}

export type MoveRequest = {
  state: ReviewState
  move: ReviewMove
  actor: Actor
  /** Whether the document is live for readers right now. */
  isLive: boolean
  /** Whether the content is exactly what was approved. */
  matchesApproval: boolean
}

export type MoveDecision = { allowed: true; next: ReviewState; override: boolean } | { allowed: false; rule: string }

const refuse = (rule: string): MoveDecision => ({ allowed: false, rule })
const allow = (next: ReviewState, override = false): MoveDecision => ({ allowed: true, next, override })

const EDITING_VOIDS_REVIEW: ReadonlySet<ReviewState> = new Set(['in_review', 'approved', 'published'])

function decideApproval({ state, actor }: MoveRequest): MoveDecision {
  if (!canReview(actor)) return refuse('Only reviewers and admins approve changes.')
  if (state !== 'in_review') return refuse('Only work submitted for review can be approved.')
  if (!actor.isAuthor) return allow('approved')
  return isAdmin(actor)
    ? allow('approved', true)
    : refuse('Nobody approves their own change: another reviewer must approve it.')
}

function decidePublish({ state, actor, matchesApproval }: MoveRequest): MoveDecision {
  if (!canPublish(actor)) return refuse('Only reviewers and admins publish; editors submit their drafts for review.')
  if (state === 'approved' && matchesApproval) return allow('published')
  if (isAdmin(actor)) return allow('published', true)
  if (state === 'approved') return refuse('This version changed after it was approved: submit it for review again.')
  return refuse('Only approved work can be published: submit it for review and have another person approve it.')
}

export function decideMove(request: MoveRequest): MoveDecision {
  const { state, move, actor, isLive } = request
  switch (move) {
    case 'edit':
      return allow(EDITING_VOIDS_REVIEW.has(state) ? 'draft' : state)
    case 'submit':
      if (state === 'draft' || state === 'changes_requested') return allow('in_review')
      if (state === 'in_review') return refuse('This is already waiting for review.')
      return refuse('There is no unreviewed change to submit: edit the draft first.')
    case 'approve':
      return decideApproval(request)
    case 'request_changes':
      if (!canReview(actor)) return refuse('Only reviewers and admins request changes.')
      if (state !== 'in_review' && state !== 'approved')
        return refuse('Changes can only be requested on work in review.')
      return allow('changes_requested')
    case 'publish':
      return decidePublish(request)
    case 'unpublish':
      if (!canPublish(actor)) return refuse('Only reviewers and admins unpublish content.')
      return allow('draft')
    case 'delete':
      if (isLive && !canPublish(actor)) return refuse('Only reviewers and admins delete published content.')
      return allow(state)
  }
}
