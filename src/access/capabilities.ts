// What each role may do, decided here and nowhere else: the review rules, the endpoints,
// GraphQL, the scheduler, the admin components and the collections' access all ask these.
import type { User } from '@/payload-types'
import type { Role } from './roles'

/** Anyone whose roles are known: a signed-in user, a review decision's actor, or nobody. */
export type Person = Pick<User, 'roles'> | null | undefined

const holds = (person: Person, role: Role): boolean => Boolean(person?.roles?.includes(role))

/** Admins manage accounts and may override the review: approve their own work, publish unapproved work. */
export const isAdmin = (person: Person): boolean => holds(person, 'admin')

/** Editors write changes and follow their own through review. */
export const isEditor = (person: Person): boolean => holds(person, 'editor')

/** Staff (anyone holding a role) write drafts, read them, preview them and submit them for review. */
export const canEdit = (person: Person): boolean => Boolean(person?.roles?.length)

/** Reviewers and admins approve a change or send it back. */
export const canReview = (person: Person): boolean => holds(person, 'reviewer') || isAdmin(person)

/** Reviewers and admins publish, unpublish and schedule, and change live shared content (categories, media). */
export const canPublish = (person: Person): boolean => canReview(person)
