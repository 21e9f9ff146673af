import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account of a new site, made on /admin's "Create first user" form (Payload's
 * first-register: the one way to make an account without being signed in), belongs to whoever
 * runs the site. It is made an admin, who can then add the editors and reviewers; with the
 * roles field's default it would be an editor, and no one could ever add anyone.
 * Accounts made through the Local API (the demo content, scripts) keep the roles they are given.
 */
export const firstAccountIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.user || req.payloadAPI === 'local') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
