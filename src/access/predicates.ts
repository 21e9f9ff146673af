// Access predicates shared by collections, one rule each, asking the role capabilities.
import type { Access, FieldAccess } from 'payload'
import { canEdit, canPublish, isAdmin } from './capabilities'

export const anyone: Access = () => true

export const staffOnly: Access = ({ req: { user } }) => canEdit(user)

export const adminsOnly: Access = ({ req: { user } }) => isAdmin(user)

/** For requests that are not collection access (jobs, for instance): admins only. */
export const adminRequestsOnly = ({ req: { user } }: { req: { user: Parameters<typeof isAdmin>[0] } }): boolean =>
  isAdmin(user)

/** Live shared content without drafts (categories, media) changes only by a publisher's hand. */
export const publishersOnly: Access = ({ req: { user } }) => canPublish(user)

export const adminsOnlyField: FieldAccess = ({ req: { user } }) => isAdmin(user)

/** Staff read everything; everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  canEdit(user) ? true : { _status: { equals: 'published' } }

/** Admins read every account; other users only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  return user ? { id: { equals: user.id } } : false
}
