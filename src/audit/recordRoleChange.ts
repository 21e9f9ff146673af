import type { CollectionAfterChangeHook } from 'payload'
import type { User } from '@/payload-types'
import { recordAudit } from './recordAudit'

const sorted = (roles: User['roles'] | undefined) => [...(roles ?? [])].sort().join(', ')

/** Every change of a person's roles lands in the audit log, with the before and after. */
export const recordRoleChange: CollectionAfterChangeHook<User> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || sorted(doc.roles) === sorted(previousDoc?.roles)) return doc
  await recordAudit(
    req.payload,
    {
      action: 'role_change',
      collection: 'users',
      documentId: doc.id,
      title: doc.name,
      comment: `Roles: ${sorted(previousDoc?.roles) || 'none'} → ${sorted(doc.roles)}`,
    },
    req,
  )
  return doc
}
