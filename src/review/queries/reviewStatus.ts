// What the review panel shows for one document: its state, what this person may do
// next (and why not), the readiness checklist and the review history.
import type { Payload } from 'payload'
import type { Concept, User } from '@/payload-types'
import { companionsOf, PENDING_STATES, type Companion } from '@/review/hooks/companions'
import { conceptReadinessFacts } from './conceptReadiness'
import { isDocumentLive } from './liveDocument'
import { versionOf } from './reviewedVersion'
import type { ReviewRecord } from '@/review/reviewFields'
import { conceptChecklist, type ChecklistItem } from '@/review/rules/readiness'
import type { ReviewedCollection } from '@/review/reviewedCollections'
import {
  decideMove,
  REVIEW_ACTIONS,
  REVIEW_STATE_LABELS,
  type ReviewAction,
  type ReviewState,
} from '@/review/rules/transitions'
import { relationId } from '@/fields/relationId'
import { adminEditPath, adminReviewPath } from '@/routes'

export type ReviewStatus = {
  state: ReviewState
  stateLabel: string
  isLive: boolean
  /** The review view: the draft against the published version, with its companions. */
  compareUrl: string
  submittedBy: string | null
  submittedAt: string | null
  approvedBy: string | null
  approvedAt: string | null
  actions: { action: ReviewAction; allowed: boolean; reason?: string }[]
  checklist: ChecklistItem[] | null
  /** A concept's FAQs and use cases with unpublished changes: they are reviewed and published with it. */
  companions: (Companion & { stateLabel: string; editUrl: string })[]
  history: { id: number; action: string; summary: string; comment: string | null; at: string }[]
  /** What an approval from this status covers (reviewedVersion.ts). */
  version: string
}

async function nameOf(payload: Payload, value: number | { id: number } | null | undefined): Promise<string | null> {
  const id = relationId(value)
  if (id === undefined) return null
  const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true })
  return user?.name ?? null
}

export async function reviewStatus(
  payload: Payload,
  collection: ReviewedCollection,
  id: number,
  user: User,
): Promise<ReviewStatus> {
  const doc = await payload.findByID({ collection: collection.slug, id, draft: true, depth: 0, overrideAccess: true })
  const record: ReviewRecord = doc.review ?? {}
  const state = record.state ?? 'draft'
  const authors = [...(record.editors ?? []), record.submittedBy].map(relationId)
  const actor = { roles: user.roles, isAuthor: authors.includes(user.id) }
  const [isLive, history, submittedBy, approvedBy, checklist, companions] = await Promise.all([
    isDocumentLive(payload, collection.slug, id),
    payload.find({
      collection: 'audit-log',
      where: { and: [{ documentCollection: { equals: collection.slug } }, { documentId: { equals: String(id) } }] },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    nameOf(payload, record.submittedBy),
    nameOf(payload, record.approvedBy),
    collection.slug === 'concepts' ? conceptReadinessFacts(payload, doc as Concept).then(conceptChecklist) : null,
    collection.hasCompanions ? companionsOf(payload, id, PENDING_STATES) : [],
  ])
  return {
    state,
    stateLabel: REVIEW_STATE_LABELS[state],
    isLive,
    compareUrl: adminReviewPath(payload.config.routes.admin, { collection: collection.slug, id }),
    submittedBy,
    submittedAt: record.submittedAt ?? null,
    approvedBy,
    approvedAt: record.approvedAt ?? null,
    actions: REVIEW_ACTIONS.map((action) => {
      const decision = decideMove({ state, move: action, actor, isLive, matchesApproval: true })
      return decision.allowed ? { action, allowed: true } : { action, allowed: false, reason: decision.rule }
    }),
    checklist,
    companions: companions.map((companion) => ({
      ...companion,
      stateLabel: REVIEW_STATE_LABELS[companion.state],
      editUrl: adminEditPath(payload.config.routes.admin, companion),
    })),
    history: history.docs.map((entry) => ({
      id: entry.id,
      action: entry.action,
      summary: entry.summary,
      comment: entry.comment ?? null,
      at: entry.createdAt,
    })),
    // Of the draft read first and the companions shown: a change meanwhile makes it stale, never new.
    version: versionOf(doc, companions),
  }
}
