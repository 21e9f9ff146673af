import type { Window } from './rateLimitStore'

/** How often each public form may be used, per client address and per email address (or both). */
export const LIMITS = {
  signInPerClient: { max: 30, seconds: 10 * 60 },
  /** Failed sign-ins to one account from one client: one client can slow only itself down. */
  signInPerAccountFromClient: { max: 10, seconds: 15 * 60 },
  passwordEmailPerClient: { max: 10, seconds: 60 * 60 },
  passwordEmailPerAddress: { max: 3, seconds: 60 * 60 },
  passwordResetPerClient: { max: 10, seconds: 60 * 60 },
  // Generous per client: readers behind one office or school address sign up one by one.
  newsletterSignUpPerClient: { max: 30, seconds: 10 * 60 },
  newsletterSignUpPerAddress: { max: 5, seconds: 60 * 60 },
  /** Emails the sign-up form sends one address; more requests are answered alike and send nothing. */
  newsletterEmailPerAddress: { max: 1, seconds: 10 * 60 },
} satisfies Record<string, Window>

export type LimitName = keyof typeof LIMITS
