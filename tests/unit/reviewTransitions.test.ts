import { describe, expect, it } from 'vitest'
import type { Role } from '@/access/roles'
import {
  decideMove,
  REVIEW_STATES,
  type MoveRequest,
  type ReviewMove,
  type ReviewState,
} from '@/review/rules/transitions'

const actor = (roles: Role[], isAuthor = false) => ({ roles, isAuthor })
const editor = actor(['editor'], true)
const reviewer = actor(['reviewer'])
const admin = actor(['admin'])

function decide(state: ReviewState, move: ReviewMove, who = reviewer, extra: Partial<MoveRequest> = {}) {
  return decideMove({ state, move, actor: who, isLive: false, matchesApproval: true, ...extra })
}

const next = (decision: ReturnType<typeof decide>) => (decision.allowed ? decision.next : `refused: ${decision.rule}`)

describe('the review transition table', () => {
  it('sends edited work back to draft once it is in review, approved or published', () => {
    const after = Object.fromEntries(REVIEW_STATES.map((state) => [state, next(decide(state, 'edit', editor))]))
    expect(after).toEqual({
      draft: 'draft',
      in_review: 'draft',
      changes_requested: 'changes_requested',
      approved: 'draft',
      published: 'draft',
    })
  })

  it('lets anyone submit a draft or a sent-back change, and nothing else', () => {
    const after = Object.fromEntries(REVIEW_STATES.map((state) => [state, decide(state, 'submit', editor).allowed]))
    expect(after).toEqual({ draft: true, in_review: false, changes_requested: true, approved: false, published: false })
  })

  it('lets only someone other than the author, with the reviewer or admin role, approve work in review', () => {
    expect(next(decide('in_review', 'approve', reviewer))).toBe('approved')
    expect(next(decide('in_review', 'approve', actor(['editor'])))).toMatch(/Only reviewers and admins approve/)
    expect(next(decide('in_review', 'approve', actor(['editor', 'reviewer'], true)))).toMatch(
      /Nobody approves their own change/,
    )
    for (const state of ['draft', 'changes_requested', 'approved', 'published'] as const) {
      expect(next(decide(state, 'approve'))).toMatch(/Only work submitted for review/)
    }
  })

  it('lets an admin approve their own change, marked as an override', () => {
    expect(decide('in_review', 'approve', actor(['admin'], true))).toEqual({
      allowed: true,
      next: 'approved',
      override: true,
    })
    expect(decide('in_review', 'approve', admin)).toEqual({ allowed: true, next: 'approved', override: false })
  })

  it('sends work back only from review or approval, only by a reviewer', () => {
    expect(next(decide('in_review', 'request_changes'))).toBe('changes_requested')
    expect(next(decide('approved', 'request_changes'))).toBe('changes_requested')
    expect(next(decide('draft', 'request_changes'))).toMatch(/only be requested on work in review/)
    expect(next(decide('in_review', 'request_changes', editor))).toMatch(/Only reviewers and admins request changes/)
  })

  it('publishes only the approved version, by a reviewer', () => {
    expect(decide('approved', 'publish')).toEqual({ allowed: true, next: 'published', override: false })
    expect(next(decide('approved', 'publish', reviewer, { matchesApproval: false }))).toMatch(
      /changed after it was approved/,
    )
    expect(next(decide('approved', 'publish', actor(['editor'])))).toMatch(/Only reviewers and admins publish/)
    for (const state of ['draft', 'in_review', 'changes_requested', 'published'] as const) {
      expect(next(decide(state, 'publish'))).toMatch(/Only approved work can be published/)
    }
  })

  it('lets an admin publish unapproved work, marked as an override', () => {
    expect(decide('draft', 'publish', admin)).toEqual({ allowed: true, next: 'published', override: true })
  })

  it('keeps unpublishing and deleting live content to reviewers and admins', () => {
    expect(next(decide('published', 'unpublish', editor, { isLive: true }))).toMatch(
      /Only reviewers and admins unpublish/,
    )
    expect(next(decide('published', 'unpublish', reviewer, { isLive: true }))).toBe('draft')
    expect(next(decide('published', 'delete', editor, { isLive: true }))).toMatch(/delete published content/)
    expect(decide('published', 'delete', reviewer, { isLive: true }).allowed).toBe(true)
    expect(decide('draft', 'delete', editor).allowed).toBe(true)
  })
})
