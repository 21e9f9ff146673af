import { APIError } from 'payload'
import { canEdit } from '@/access/capabilities'
import type { User } from '@/payload-types'

/** The signed-in staff member using the review workflow; a 401 or 403 for anyone else. */
export function reviewingStaff(user: unknown): User {
  if (!user) throw new APIError('Sign in to use the review workflow.', 401, null, true)
  if (!canEdit(user as User)) throw new APIError('Only editorial staff use the review workflow.', 403, null, true)
  return user as User
}
