import type { CollectionConfig } from 'payload'
import { firstAccountIsAdmin } from '@/access/firstAccountIsAdmin'
import { keepAnAdminOnDelete, keepAnAdminOnRoleChange } from '@/access/keepAnAdmin'
import { checkStaffAccountWrites } from '@/access/staffAccountWrites'
import { adminOrSelf, adminsOnly, adminsOnlyField } from '@/access/predicates'
import { ROLES } from '@/access/roles'
import { recordRoleChange } from '@/audit/recordRoleChange'
import { forgotPasswordEndpoint } from '@/security/passwordResetRequest'
import { forgetFailedSignIns, protectAuthForms } from '@/security/signInProtection'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  // Secure in production: the session cookie never travels over plain http (localhost excepted by browsers).
  auth: {
    cookies: { secure: process.env.NODE_ENV === 'production', sameSite: 'Lax' },
    // Locks the account for everyone for ten minutes: a brake on guessing from many clients at
    // once, set high as anyone can trip it. One client gets 10 wrong tries in 15 minutes per
    // account (src/security/signInProtection.ts), so locking an account takes ten clients.
    maxLoginAttempts: 100,
    lockTime: 10 * 60 * 1000,
  },
  endpoints: [forgotPasswordEndpoint],
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles'] },
  access: {
    read: adminOrSelf,
    create: adminsOnly,
    update: adminOrSelf,
    delete: adminsOnly,
    unlock: adminsOnly,
  },
  hooks: {
    beforeOperation: [protectAuthForms, checkStaffAccountWrites],
    beforeChange: [firstAccountIsAdmin, keepAnAdminOnRoleChange],
    beforeDelete: [keepAnAdminOnDelete],
    afterChange: [recordRoleChange],
    afterLogin: [forgetFailedSignIns],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: ROLES.map((role) => ({ value: role, label: role[0].toUpperCase() + role.slice(1) })),
      access: { create: adminsOnlyField, update: adminsOnlyField },
      // Not offered on "Create first user", where no one is signed in: that account is the
      // site's admin whatever is chosen (firstAccountIsAdmin). Payload skips a hidden field's
      // check, so writes with no user (that form, and the server's own Local API calls such as
      // the seed) are not checked for a role; every signed-in write is.
      admin: { condition: (_data, _siblingData, { user }) => Boolean(user) },
      validate: (value: unknown) =>
        Array.isArray(value) && value.length > 0 ? true : 'Give the user at least one role.',
      saveToJWT: true,
    },
  ],
}
