import type { User } from '../payload-types'

export const ROLES = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

export function hasRole(user: Pick<User, 'roles'> | null | undefined, role: Role): boolean {
  return Boolean(user?.roles?.includes(role))
}

/** Staff are signed-in users holding at least one role. */
export function isStaffUser(user: Pick<User, 'roles'> | null | undefined): boolean {
  return Boolean(user?.roles?.length)
}

/** Reviewers and admins: the people who approve, publish and change live shared content. */
export function isReviewerOrAdminUser(user: Pick<User, 'roles'> | null | undefined): boolean {
  return hasRole(user, 'reviewer') || hasRole(user, 'admin')
}
