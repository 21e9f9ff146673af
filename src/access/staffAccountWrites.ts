// What a staff account's own writes may not do, said with a 4xx instead of ignored: give itself
// or anyone a role (only admins change roles; Payload would drop the field and answer 200), or
// set a password a guesser would find (Payload takes three characters). Checked before the
// write, for REST, GraphQL and the admin alike, and for the password reset form too.
import { APIError, ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { isAdmin } from '@/access/capabilities'
import type { User } from '@/payload-types'

export const MIN_PASSWORD_LENGTH = 12

type AccountData = { password?: unknown; roles?: unknown }

const sameRoles = (asked: unknown, current: User['roles'] | undefined) =>
  Array.isArray(asked) &&
  asked.length === (current ?? []).length &&
  asked.every((role) => (current ?? []).includes(role as User['roles'][number]))

async function refuseRoleChange(req: PayloadRequest, id: number | string | undefined, roles: unknown) {
  if (roles === undefined || !req.user || isAdmin(req.user)) return
  const current =
    id === undefined
      ? undefined
      : await req.payload.findByID({
          collection: 'users',
          id,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  if (current && sameRoles(roles, current.roles)) return
  throw new APIError('Only admins change roles.', 403, null, true)
}

function refuseShortPassword(req: PayloadRequest, password: unknown) {
  if (typeof password !== 'string' || password.length >= MIN_PASSWORD_LENGTH) return
  throw new ValidationError(
    {
      collection: 'users',
      errors: [{ path: 'password', message: `A password needs at least ${MIN_PASSWORD_LENGTH} characters.` }],
      req,
    },
    req.t,
  )
}

export const checkStaffAccountWrites: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = ('data' in args ? args.data : undefined) as AccountData | undefined
  refuseShortPassword(req, data?.password)
  if (operation === 'update') {
    const id = 'id' in args && (typeof args.id === 'number' || typeof args.id === 'string') ? args.id : undefined
    await refuseRoleChange(req, id, data?.roles)
  }
  return args
}
