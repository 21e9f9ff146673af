// Fields every reviewed collection carries. The `review` group is kept by the server
// alone (nobody writes it through the API); `reviewedBy`/`reviewedAt` are what readers see.
import type { Field, FieldAccess } from 'payload'
import { isStaffUser } from '../access/roles'
import { REVIEW_STATES, REVIEW_STATE_LABELS } from './transitions'

const staffOnly: FieldAccess = ({ req: { user } }) => isStaffUser(user)
const nobody: FieldAccess = () => false

export const reviewPanelField: Field = {
  name: 'reviewPanel',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/src/admin/ReviewPanel#ReviewPanel' } },
}

export const reviewFields: Field[] = [
  {
    name: 'review',
    type: 'group',
    access: { read: staffOnly, create: nobody, update: nobody },
    admin: { hidden: true },
    fields: [
      {
        name: 'state',
        type: 'select',
        defaultValue: 'draft',
        index: true,
        options: REVIEW_STATES.map((value) => ({ value, label: REVIEW_STATE_LABELS[value] })),
      },
      { name: 'fingerprint', type: 'text' },
      { name: 'submittedBy', type: 'relationship', relationTo: 'users' },
      { name: 'submittedAt', type: 'date', index: true },
      { name: 'approvedBy', type: 'relationship', relationTo: 'users' },
      { name: 'approvedAt', type: 'date' },
      { name: 'editors', type: 'relationship', relationTo: 'users', hasMany: true },
    ],
  },
  {
    name: 'reviewedBy',
    type: 'text',
    access: { create: nobody, update: nobody },
    admin: { hidden: true },
  },
  {
    name: 'reviewedAt',
    type: 'date',
    access: { create: nobody, update: nobody },
    admin: { hidden: true },
  },
]
