// Access predicates shared by collections, one rule each.
import type { Access, FieldAccess } from 'payload'
import { hasRole, isReviewerOrAdminUser, isStaffUser } from './roles'

export const anyone: Access = () => true

export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** For requests that are not collection access (jobs, for instance): admins only. */
export const isAdminRequest = ({ req: { user } }: { req: { user: Parameters<typeof hasRole>[0] } }): boolean => hasRole(user, 'admin')

/** Live shared content without drafts (categories, media) changes only by a reviewer's or admin's hand. */
export const isReviewerOrAdmin: Access = ({ req: { user } }) => isReviewerOrAdminUser(user)

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

/** Staff read everything; everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  isStaffUser(user) ? true : { _status: { equals: 'published' } }

/** Admins read every account; other users only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  return user ? { id: { equals: user.id } } : false
}
