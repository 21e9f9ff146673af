// Fields every reviewed collection carries. The `review` group is kept by the server
// alone (nobody writes it through the API); `reviewedBy`/`reviewedAt` are what readers see.
import type { Field, FieldAccess } from 'payload'
import { canEdit } from '@/access/capabilities'
import type { Concept } from '@/payload-types'
import { REVIEW_STATES, REVIEW_STATE_LABELS } from './rules/transitions'

/** The review group every reviewed collection carries (the same fields on each). */
export type ReviewRecord = NonNullable<Concept['review']>

const staffOnly: FieldAccess = ({ req: { user } }) => canEdit(user)
const nobody: FieldAccess = () => false

export const reviewPanelField: Field = {
  name: 'reviewPanel',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/src/review/admin/ReviewPanel.client#ReviewPanel' } },
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
