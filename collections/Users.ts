import type { CollectionConfig } from 'payload'
import { adminOrSelf, isAdmin, isAdminField } from '../src/access/predicates'
import { ROLES } from '../src/access/roles'
import { recordRoleChange } from '../src/review/recordRoleChange'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles'] },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
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
      access: { create: isAdminField, update: isAdminField },
      validate: (value: unknown) =>
        Array.isArray(value) && value.length > 0 ? true : 'Give the user at least one role.',
      saveToJWT: true,
    },
  ],
}
