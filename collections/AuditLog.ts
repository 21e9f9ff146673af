import type { CollectionConfig } from 'payload'
import { adminsOnly } from '@/access/predicates'
import { AUDIT_ACTIONS } from '@/audit/auditActions'

/** Append-only: entries are written by the server's hooks; nobody creates, edits or deletes them through the API. */
export const AuditLog: CollectionConfig<'audit-log'> = {
  slug: 'audit-log',
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  admin: {
    group: 'Editorial',
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'action', 'user', 'override', 'createdAt'],
  },
  defaultSort: '-createdAt',
  access: { read: adminsOnly, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'summary', type: 'text', required: true },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_ACTIONS.map((value) => ({ value, label: value.replace('_', ' ') })),
    },
    { name: 'documentCollection', type: 'text', index: true },
    { name: 'documentId', type: 'text', index: true },
    { name: 'version', type: 'text', admin: { description: 'The version the action applied to.' } },
    { name: 'user', type: 'relationship', relationTo: 'users' },
    { name: 'comment', type: 'textarea' },
    {
      name: 'override',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'An admin overrode the review rules.' },
    },
  ],
}
