import type { Payload, PayloadRequest } from 'payload'
import { AUDIT_ACTION_VERBS, type AuditAction } from './auditActions'

export type AuditEntry = {
  action: AuditAction
  collection: string
  documentId: string | number
  title: string
  version?: string
  comment?: string
  override?: boolean
  /** Who acted, when it is not the request's user (a job queued on someone's behalf). */
  actor?: { id: number; name: string }
}

/** Appends an entry, in the same transaction as the change it records when `req` is given. */
export async function recordAudit(payload: Payload, entry: AuditEntry, req?: PayloadRequest): Promise<void> {
  const actor = entry.actor ?? req?.user
  const who = actor?.name ?? 'The system'
  const overridden = entry.override ? ' (admin override)' : ''
  await payload.create({
    collection: 'audit-log',
    overrideAccess: true,
    req,
    data: {
      summary: `${who} ${AUDIT_ACTION_VERBS[entry.action]} “${entry.title}”${overridden}`,
      action: entry.action,
      documentCollection: entry.collection,
      documentId: String(entry.documentId),
      version: entry.version,
      user: actor?.id,
      comment: entry.comment,
      override: Boolean(entry.override),
    },
  })
}
