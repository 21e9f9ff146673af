// Server-side enforcement of the review workflow for every write, whether it comes
// from the admin, REST, GraphQL or the Local API with a user. A refused move throws a
// 403 naming the rule before anything is written.
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'
import type { ReviewRecord } from '@/review/reviewFields'
import { contentFingerprint } from '@/review/rules/fingerprint'
import { isDocumentLive } from '@/review/queries/liveDocument'
import {
  companionOf,
  judgedDraftSave,
  peekReviewEvent,
  putReviewEvent,
  rememberDraftSave,
  requestedAction,
  type ReviewEvent,
} from '@/review/context'
import {
  decideMove,
  type MoveDecision,
  type ReviewAction,
  type ReviewMove,
  type ReviewState,
} from '@/review/rules/transitions'
import { relationId, relationIds } from '@/fields/relationId'
import { savesDraftOnly } from '@/review/rules/savesDraftOnly'
import { refuseApprovalOfUnseen } from './approvalAsSeen'

/**
 * Remembers whether this write only saves a draft (as Payload will judge it): its hooks are
 * not told. Leaves the arguments as they are.
 */
export const judgeDraftSave =
  <TSlug extends CollectionSlug>(): CollectionBeforeOperationHook<TSlug> =>
  ({ args, operation, collection, req }) => {
    if (
      operation === 'create' ||
      operation === 'update' ||
      operation === 'updateByID' ||
      operation === 'restoreVersion'
    ) {
      const { draft, data } = args as { draft?: boolean; data?: { _status?: unknown } }
      const draftOnly = savesDraftOnly({
        operation: operation === 'updateByID' ? 'update' : operation,
        draft: Boolean(draft),
        status: data?._status,
      })
      rememberDraftSave(req.context, collection.slug, draftOnly)
    }
  }

function refuseUnless(decision: MoveDecision): asserts decision is Extract<MoveDecision, { allowed: true }> {
  if (!decision.allowed) throw new APIError(decision.rule, 403, null, true)
}

function moveFor(
  data: Record<string, unknown>,
  {
    isDraftSave,
    isLive,
    latestStatus,
    action,
  }: { isDraftSave: boolean; isLive: boolean; latestStatus: unknown; action?: ReviewAction },
): ReviewMove {
  if (action) return action
  if (isDraftSave) return 'edit'
  // Not a draft save: this write replaces what readers see.
  const resultingStatus = data._status ?? latestStatus ?? 'draft'
  if (resultingStatus === 'published') return 'publish'
  return isLive ? 'unpublish' : 'edit'
}

function nextRecord(
  previous: ReviewRecord,
  move: ReviewMove,
  next: ReviewState,
  { userId, fingerprint, now }: { userId: number; fingerprint: string; now: string },
): ReviewRecord {
  const editors = relationIds(previous.editors ?? [])
  const record: ReviewRecord = { ...previous, state: next, editors }
  if (next === 'draft' || next === 'changes_requested') Object.assign(record, { approvedBy: null, approvedAt: null })
  if (move === 'edit' && !editors.includes(userId)) record.editors = [...editors, userId]
  if (move === 'submit') Object.assign(record, { submittedBy: userId, submittedAt: now, fingerprint })
  if (move === 'approve') Object.assign(record, { approvedBy: userId, approvedAt: now, fingerprint })
  if (move === 'publish') Object.assign(record, { editors: [], fingerprint })
  return record
}

async function reviewerName(req: PayloadRequest, record: ReviewRecord): Promise<string> {
  const approverId = relationId(record.approvedBy)
  if (!approverId || approverId === req.user?.id) return req.user?.name ?? ''
  const approver = await req.payload.findByID({
    collection: 'users',
    id: approverId,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return approver.name
}

/** The names of a collection's relationship and upload fields, whose values may come populated. */
const relationshipFields = (collection: SanitizedCollectionConfig): ReadonlySet<string> =>
  new Set(
    collection.flattenedFields
      .filter((field) => field.type === 'relationship' || field.type === 'upload')
      .map((field) => field.name),
  )

export const enforceReview: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  collection,
  context,
}) => {
  const user = req.user
  // A new document starts unreviewed. A duplicate's create gets its source as originalDoc;
  // judged against that, an unchanged copy would keep the source's approval.
  const before = operation === 'update' ? originalDoc : undefined
  const previous: ReviewRecord = before?.review ?? { state: 'draft' }
  // Writes without a user (seeding, migrations, jobs queued by the system) are trusted.
  if (!user)
    return data._status === 'published'
      ? { ...data, review: { ...previous, ...data.review, state: 'published' } }
      : data
  const state = previous.state ?? 'draft'
  const actionRequest = requestedAction(context)
  const isDraftSave = judgedDraftSave(context, collection.slug) === true
  // Only a write that replaces what readers see needs to know whether anything is live
  // (autosaves, every few seconds while someone types, skip the query).
  const replacesLive = operation === 'update' && originalDoc && !isDraftSave && !actionRequest
  const isLive = replacesLive ? await isDocumentLive(req.payload, collection.slug, originalDoc.id, req) : false
  const move = moveFor(data, {
    isDraftSave,
    isLive,
    latestStatus: before?._status,
    action: actionRequest?.action,
  })
  const relationships = relationshipFields(collection)
  const fingerprint = contentFingerprint({ ...before, ...data }, relationships)
  const changedContent = fingerprint !== contentFingerprint(before ?? {}, relationships)
  if (move === 'edit' && !changedContent) return data

  const editorIds = [...(previous.editors ?? []), previous.submittedBy].map(relationId)
  const decision = decideMove({
    state,
    move,
    isLive,
    matchesApproval: previous.fingerprint === fingerprint,
    actor: { roles: user.roles, isAuthor: editorIds.includes(user.id) },
  })
  refuseUnless(decision)
  // After the rules, so work that is not in review is refused for that, whatever version was seen.
  if (move === 'approve' && originalDoc) await refuseApprovalOfUnseen(req, collection.slug, originalDoc, context)

  const now = new Date().toISOString()
  const record = nextRecord(previous, move, decision.next, { userId: user.id, fingerprint, now })
  const result: Record<string, unknown> = { ...data, review: record }
  if (move === 'publish') {
    result.reviewedBy = await reviewerName(req, previous)
    result.reviewedAt = decision.override ? now : (previous.approvedAt ?? now)
  }
  const event: ReviewEvent = {
    move,
    from: state,
    to: decision.next,
    override: decision.override,
    comment: actionRequest?.comment,
    submittedBy: relationId(record.submittedBy),
    companionOf: companionOf(context),
  }
  putReviewEvent(req.context, collection.slug, event)
  return result
}

export const refuseUnreviewedDelete: CollectionBeforeDeleteHook = async ({ req, id, collection }) => {
  if (!req.user) return
  const isLive = await isDocumentLive(req.payload, collection.slug, id, req)
  refuseUnless(
    decideMove({
      state: isLive ? 'published' : 'draft',
      move: 'delete',
      isLive,
      matchesApproval: false,
      actor: { roles: req.user.roles, isAuthor: false },
    }),
  )
  putReviewEvent(req.context, collection.slug, {
    move: 'delete',
    from: isLive ? 'published' : 'draft',
    to: 'draft',
    override: false,
  })
}

/**
 * The last line of defence, judged by the result: a person's write that left the document
 * published must have been decided as a publish above. Throwing here rolls the write back.
 */
export const refuseUndecidedPublish: CollectionAfterChangeHook = ({ doc, req, collection, context }) => {
  if (!req.user || doc._status !== 'published') return doc
  const event = peekReviewEvent(context, collection.slug)
  if (event?.move !== 'publish') {
    throw new APIError(
      'This save would publish the document: publishing needs approved work and a reviewer.',
      403,
      null,
      true,
    )
  }
  return doc
}
