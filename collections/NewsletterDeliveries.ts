import type { CollectionConfig } from 'payload'
import { adminsOnly } from '@/access/predicates'
import { DELIVERY_STATES } from '@/newsletter/deliveryStates'

/** One row per issue and subscriber, written only by the sender (src/newsletter/sending). */
export const NewsletterDeliveries: CollectionConfig<'newsletter-deliveries'> = {
  slug: 'newsletter-deliveries',
  labels: { singular: 'Delivery', plural: 'Deliveries' },
  admin: { group: 'Newsletter', hidden: true },
  access: { read: adminsOnly, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['issue', 'subscriber'], unique: true }],
  fields: [
    { name: 'issue', type: 'relationship', relationTo: 'newsletter-issues', required: true, index: true },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'pending',
      options: DELIVERY_STATES.map((value) => ({ value, label: value })),
    },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0 },
    { name: 'retryAt', type: 'date' },
    { name: 'claimedBy', type: 'text' },
    { name: 'sentAt', type: 'date' },
    { name: 'error', type: 'text' },
  ],
}
