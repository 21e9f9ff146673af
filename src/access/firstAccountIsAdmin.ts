import { Forbidden, type CollectionBeforeChangeHook } from 'payload'
import { requestDatabase } from '@/db/requestDatabase'
import { takeTransactionLock } from '@/db/transactionLock'

/** Any number nothing else locks: "first" in ASCII. */
const FIRST_ACCOUNT_LOCK = 0x6669727374

/**
 * The first account of a new site, made on /admin's "Create first user" form (Payload's
 * first-register: the one way to make an account without being signed in), belongs to whoever
 * runs the site. It is made an admin, who can then add the editors and reviewers; with the
 * roles field's default it would be an editor, and no one could ever add anyone.
 * Payload checks for an existing account before this write, so two registrations at once
 * would both pass: they take turns here, in their transactions, and the later one is refused.
 * Accounts made through the Local API (the demo content, scripts) keep the roles they are given.
 */
export const firstAccountIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.user || req.payloadAPI === 'local') return data
  await takeTransactionLock(await requestDatabase(req), FIRST_ACCOUNT_LOCK)
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs > 0) throw new Forbidden(req.t)
  return { ...data, roles: ['admin'] }
}
