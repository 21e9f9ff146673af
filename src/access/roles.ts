import type { User } from '@/payload-types'

export type Role = User['roles'][number]

/** Every role, in the order the admin offers them. */
export const ROLES = ['admin', 'editor', 'reviewer'] as const satisfies readonly Role[]
