// After a reviewed write commits its change: the audit entry and the emails it calls for, and
// the scheduled publishes an edit of approved work leaves without an approval.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { recordAudit } from '@/audit/recordAudit'
import type { AuditAction } from '@/audit/auditActions'
import { newestVersionId } from '@/review/queries/newestVersion'
import { notifyReviewEvent } from '@/review/email/notifyReviewEvent'
import { dropPublishesOfVoidedApproval } from '@/review/schedule/schedule'
import { takeReviewEvent } from '@/review/context'
import type { ReviewedCollection } from '@/review/reviewedCollections'
import type { ReviewMove } from '@/review/rules/transitions'

const AUDIT_ACTION_FOR: Partial<Record<ReviewMove, AuditAction>> = {
  submit: 'submit',
  approve: 'approve',
  request_changes: 'request_changes',
  publish: 'publish',
  unpublish: 'unpublish',
}

export function recordReviewAfterChange({ slug, titleField, label }: ReviewedCollection): CollectionAfterChangeHook {
  return async ({ doc, req, context }) => {
    const event = takeReviewEvent(context, slug)
    const title = String(doc[titleField] ?? '')
    if (event?.move === 'edit' && event.from === 'approved') {
      await dropPublishesOfVoidedApproval(req, { collection: slug, id: doc.id, title })
    }
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
