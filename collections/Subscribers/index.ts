import type { CollectionConfig } from 'payload'
import { adminsOnly } from '@/access/predicates'
import { isAdmin } from '@/access/capabilities'
import type { User } from '@/payload-types'
import {
  SIGN_UP_FORMS,
  SIGN_UP_FORM_LABELS,
  SUBSCRIBER_STATES,
  SUBSCRIBER_STATE_LABELS,
} from '@/newsletter/subscriberStates'
import { subscriberEndpoints } from '@/newsletter/admin/subscriberEndpoints'

/**
 * Newsletter readers. Addresses are for admins only; editors and reviewers see counts.
 * Nobody creates or edits a subscriber by hand: addresses arrive through the sign-up form
 * with their consent, and change state only by the reader's own confirm or unsubscribe
 * (or a bounce). Admins may export one reader's data, the list as CSV, and delete.
 */
export const Subscribers: CollectionConfig<'subscribers'> = {
  slug: 'subscribers',
  labels: { singular: 'Subscriber', plural: 'Subscribers' },
  admin: {
    group: 'Newsletter',
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'consentSource', 'consentAt'],
    hidden: ({ user }) => !isAdmin({ roles: user?.roles as User['roles'] }),
  },
  defaultSort: '-consentAt',
  access: { read: adminsOnly, create: () => false, update: () => false, delete: adminsOnly },
  endpoints: subscriberEndpoints,
  fields: [
    { name: 'email', type: 'email', required: true, unique: true, index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'pending',
      options: SUBSCRIBER_STATES.map((value) => ({ value, label: SUBSCRIBER_STATE_LABELS[value] })),
    },
    {
      type: 'row',
      fields: [
        { name: 'consentAt', type: 'date', admin: { description: 'When the reader signed up (most recently).' } },
        {
          name: 'consentSource',
          type: 'select',
          options: SIGN_UP_FORMS.map((value) => ({ value, label: SIGN_UP_FORM_LABELS[value] })),
          admin: { description: 'The form they signed up from.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'confirmedAt', type: 'date', index: true },
        { name: 'unsubscribedAt', type: 'date', index: true },
        { name: 'bouncedAt', type: 'date' },
      ],
    },
    { name: 'confirmationSentAt', type: 'date', admin: { readOnly: true } },
    { name: 'confirmTokenHash', type: 'text', index: true, admin: { hidden: true } },
    { name: 'confirmTokenExpiresAt', type: 'date', admin: { hidden: true } },
  ],
}
