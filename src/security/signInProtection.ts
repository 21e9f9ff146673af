// The sign-in and password forms, protected the same way whoever is asked about: rate limits
// per client, and per email address or per account and client (the same 429 for an account
// that exists and one that does not), and the same answer and the same work for an unknown
// address, a locked account and a wrong password, so neither the message nor its timing tells
// them apart. (Payload would answer a locked account at once with "This user is locked".)
// Wrong passwords are counted per account and client, so nobody can keep someone else out by
// failing on their account; Payload's own lockout (collections/Users.ts) is only the brake on
// guessing from many clients at once.
import crypto from 'node:crypto'
import {
  APIError,
  AuthenticationError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { CURRENT_PASSWORD_HASH, hashPassword } from './passwordHash'
import { clientAddress } from './rateLimits/clientAddress'
import { enforceLimits } from './rateLimits/enforceLimits'
import { clear, takeBack } from './rateLimits/rateLimitStore'

function emailOf(data: unknown): string | undefined {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : undefined
}

const accountFromClient = (email: string, client: string) => `${email} from ${client}`

type Account = { id: number; lockUntil?: string | null }

/** No account, or one Payload's lockout holds (too many wrong passwords): no password is checked. */
async function withoutPasswordCheck(req: PayloadRequest, email: string): Promise<{ locked: boolean } | undefined> {
  const account = await req.payload.db.findOne<Account>({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })
  if (!account) return { locked: false }
  const locked = Boolean(account.lockUntil && new Date(account.lockUntil).getTime() > Date.now())
  return locked ? { locked } : undefined
}

/** Hashes the password as checking a real account's would, and throws the result away. */
async function decoyPasswordCheck(password: unknown): Promise<void> {
  await hashPassword(String(password ?? ''), crypto.randomBytes(32).toString('hex'), CURRENT_PASSWORD_HASH)
}

export const protectAuthForms: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const client = clientAddress(req.headers)
  const data = 'data' in args ? (args.data as { password?: unknown }) : undefined
  const email = emailOf(data)
  if (operation === 'login') {
    await enforceLimits(req.payload, 'sign-in attempts', {
      signInPerClient: client,
      ...(email ? { signInPerAccountFromClient: accountFromClient(email, client) } : {}),
    })
    const unchecked = email ? await withoutPasswordCheck(req, email) : undefined
    if (unchecked) {
      await decoyPasswordCheck(data?.password)
      if (unchecked.locked) throw new AuthenticationError(req.t)
    }
  } else if (operation === 'forgotPassword') {
    // REST asks through passwordResetRequest.ts, which answers before the work; GraphQL's
    // mutation would wait for it, and its timing would tell which addresses have accounts.
    throw new APIError('Ask for a password reset email with POST /api/users/forgot-password.', 400, null, true)
  } else if (operation === 'resetPassword') {
    await enforceLimits(req.payload, 'password resets', { passwordResetPerClient: client })
  }
  return args
}

/**
 * Only failed sign-ins count: a success clears the account's attempts from this client and
 * takes its own hit back from the client's, so an office of colleagues behind one address is
 * never locked out.
 */
export const forgetFailedSignIns: CollectionAfterLoginHook = async ({ req, user }) => {
  if (req.payloadAPI === 'local') return
  const email = emailOf(user)
  const client = clientAddress(req.headers)
  await Promise.all([
    email ? clear(req.payload, `signInPerAccountFromClient:${accountFromClient(email, client)}`) : undefined,
    takeBack(req.payload, `signInPerClient:${client}`),
  ])
}
