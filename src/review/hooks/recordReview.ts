// After a reviewed write commits its change: the audit entry and the emails it calls for, and
// the scheduled publishes it leaves without the approval they need.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { recordAudit } from '@/audit/recordAudit'
import type { AuditAction } from '@/audit/auditActions'
import { newestVersionId } from '@/review/queries/newestVersion'
import { notifyReviewEvent } from '@/review/email/notifyReviewEvent'
import { dropPublishesLeavingCompanion, dropPublishesOfVoidedApproval } from '@/review/schedule/schedule'
import { conceptsOfCompanion } from './companions'
import { UNAPPROVED_STATES } from '@/review/rules/companionRules'
import { takeReviewEvent, type ReviewEvent } from '@/review/context'
import type { ReviewedCollection } from '@/review/reviewedCollections'
import type { ReviewMove } from '@/review/rules/transitions'

const AUDIT_ACTION_FOR: Partial<Record<ReviewMove, AuditAction>> = {
  submit: 'submit',
  approve: 'approve',
  request_changes: 'request_changes',
  publish: 'publish',
  unpublish: 'unpublish',
}

/** Why a move voids an approval, and with it any publish scheduled on it. */
const VOIDS_APPROVAL: Partial<Record<ReviewMove, string>> = {
  edit: 'as the approved change was edited',
  request_changes: 'as changes were requested',
}

type CompanionLinks = { id: number; concept?: unknown; concepts?: unknown }

/**
 * The scheduled publishes a write leaves without the approval they need: its own, when the
 * approval was voided; its concepts', when an FAQ or use case of theirs got an unapproved
 * change of its own (not one its concept's move carried).
 */
async function dropVoidedPublishes(
  req: PayloadRequest,
  { slug, label, reviewedWithConcept }: ReviewedCollection,
  doc: CompanionLinks,
  previousDoc: CompanionLinks | undefined,
  title: string,
  event: ReviewEvent,
) {
  const because = VOIDS_APPROVAL[event.move]
  if (event.from === 'approved' && because) {
    await dropPublishesOfVoidedApproval(req, { collection: slug, id: doc.id, title }, because)
  }
  if (!reviewedWithConcept || event.companionOf || !UNAPPROVED_STATES.includes(event.to)) return
  // A companion that already held an unapproved change left its concepts neither approvable
  // (companions.ts) nor schedulable (schedule.ts): only concepts it newly joins can hold a
  // scheduled publish it would be left out of.
  const before = previousDoc && UNAPPROVED_STATES.includes(event.from) ? conceptsOfCompanion(previousDoc) : []
  for (const conceptId of conceptsOfCompanion(doc).filter((id) => !before.includes(id))) {
    await dropPublishesLeavingCompanion(req, conceptId, `as its ${label} “${title}” changed after the approval`)
  }
}

export function recordReviewAfterChange(collection: ReviewedCollection): CollectionAfterChangeHook {
  const { slug, titleField, label } = collection
  return async ({ doc, previousDoc, req, context, operation }) => {
    const event = takeReviewEvent(context, slug)
    const title = String(doc[titleField] ?? '')
    const before = operation === 'create' ? undefined : previousDoc
    if (event) await dropVoidedPublishes(req, collection, doc, before, title, event)
    const action = event && AUDIT_ACTION_FOR[event.move]
    if (!event || !action) return doc
    await recordAudit(
      req.payload,
      {
        action,
        collection: slug,
        documentId: doc.id,
        title,
        version: await newestVersionId(req.payload, slug, doc.id, { req }),
        comment: event.companionOf
          ? [`With the concept “${event.companionOf}”.`, event.comment].filter(Boolean).join(' ')
          : event.comment,
        override: event.override,
      },
      req,
    )
    if (!event.companionOf) await notifyReviewEvent(req, event, { collection: slug, id: doc.id, title, label })
    return doc
  }
}

export function recordReviewAfterDelete({ slug, titleField }: ReviewedCollection): CollectionAfterDeleteHook {
  return async ({ doc, req, context }) => {
    if (!takeReviewEvent(context, slug)) return
    const title = String(doc[titleField] ?? '')
    await recordAudit(req.payload, { action: 'delete', collection: slug, documentId: doc.id, title }, req)
  }
}
