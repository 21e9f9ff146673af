// What a staff account's writes may not do, said with a 4xx instead of ignored: give itself or
// anyone a role (only admins change roles; Payload would drop the field and answer 200), set a
// password a guesser would find (Payload takes three characters), or hold an email address
// longer than RFC 5321's 254 characters (Payload sets no limit, and such an account could never
// sign in or be recovered). Checked before the write, for REST, GraphQL and the admin alike,
// and for the password reset form too.
import { APIError, ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { isAdmin } from '@/access/capabilities'
import { MAX_ADDRESS_LENGTH } from '@/newsletter/subscribe/emailAddress'
import type { User } from '@/payload-types'
import { storedAccount } from './storedAccount'

const MIN_PASSWORD_LENGTH = 12

type AccountData = { email?: unknown; password?: unknown; roles?: unknown }

const sameRoles = (asked: unknown, current: User['roles'] | undefined) =>
  Array.isArray(asked) &&
  asked.length === (current ?? []).length &&
  asked.every((role) => (current ?? []).includes(role as User['roles'][number]))

async function refuseRoleChange(req: PayloadRequest, id: number | string | undefined, roles: unknown) {
  if (roles === undefined || !req.user || isAdmin(req.user)) return
  const current = id === undefined ? undefined : await storedAccount(req, id)
  if (current && sameRoles(roles, current.roles)) return
  throw new APIError('Only admins change roles.', 403, null, true)
}

function refuseField(req: PayloadRequest, path: string, message: string): never {
  throw new ValidationError({ collection: 'users', errors: [{ path, message }], req }, req.t)
}

function refuseUnusableCredentials(req: PayloadRequest, { email, password }: AccountData) {
  if (typeof password === 'string' && password.length < MIN_PASSWORD_LENGTH)
    refuseField(req, 'password', `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
  if (typeof email === 'string' && email.trim().length > MAX_ADDRESS_LENGTH)
    refuseField(req, 'email', `An email address has at most ${MAX_ADDRESS_LENGTH} characters.`)
}

export const checkStaffAccountWrites: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = ('data' in args ? args.data : undefined) as AccountData | undefined
  refuseUnusableCredentials(req, data ?? {})
  if (operation === 'update') {
    const id = 'id' in args && (typeof args.id === 'number' || typeof args.id === 'string') ? args.id : undefined
    await refuseRoleChange(req, id, data?.roles)
  }
  return args
}
