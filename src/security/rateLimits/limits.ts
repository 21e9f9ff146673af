import type { Window } from './rateLimitStore'

/** How often each public form may be used, per client address and per email address. */
export const LIMITS = {
  signInPerClient: { max: 30, seconds: 10 * 60 },
  signInPerAddress: { max: 10, seconds: 15 * 60 },
  passwordEmailPerClient: { max: 10, seconds: 60 * 60 },
  passwordEmailPerAddress: { max: 3, seconds: 60 * 60 },
  passwordResetPerClient: { max: 10, seconds: 60 * 60 },
} satisfies Record<string, Window>

export type LimitName = keyof typeof LIMITS
