import type { CollectionConfig } from 'payload'
import { adminOrSelf, adminsOnly, adminsOnlyField } from '@/access/predicates'
import { ROLES } from '@/access/roles'
import { recordRoleChange } from '@/audit/recordRoleChange'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  auth: true,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles'] },
  access: {
    read: adminOrSelf,
    create: adminsOnly,
    update: adminOrSelf,
    delete: adminsOnly,
    unlock: adminsOnly,
  },
  hooks: { afterChange: [recordRoleChange] },
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
      validate: (value: unknown) =>
        Array.isArray(value) && value.length > 0 ? true : 'Give the user at least one role.',
      saveToJWT: true,
    },
  ],
}
