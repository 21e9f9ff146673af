// Payload's document locks ("someone is editing this") are stored in its own
// `payload-locked-documents` collection, which any signed-in user may otherwise write in
// anyone's name. Here a lock always names the person who set it, and only its owner or an
// admin removes it. The admin's "Take over" makes the lock the taker's own.
import type { Access, CollectionBeforeChangeHook, SanitizedConfig } from 'payload'
import { isAdmin } from './capabilities'
import { staffOnly } from './predicates'

const LOCKS = 'payload-locked-documents'

const ownLockOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  return { 'user.value': { equals: user.id } }
}

const lockedBySignedInUser: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user) return data
  return { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
}

/** Applies the lock rules to the sanitized config, where Payload adds its locks collection. */
export function guardDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKS)
  if (!locks) throw new Error(`Payload's ${LOCKS} collection is missing: document locking cannot be guarded.`)
  locks.access = { ...locks.access, read: staffOnly, create: staffOnly, update: staffOnly, delete: ownLockOrAdmin }
  locks.hooks.beforeChange = [lockedBySignedInUser, ...locks.hooks.beforeChange]
  return config
}
