import type { CollectionConfig } from 'payload'
import { isStaff, publishedOrStaff } from '../../src/access/predicates'
import { refreshReadingTimeAfterChange, refreshReadingTimeAfterDelete } from './hooks/refreshConceptReadingTime'
import { revalidateFaqAfterChange, revalidateFaqAfterDelete } from './hooks/revalidateFaq'
import { REVIEWED_COLLECTIONS } from '../../src/review/reviewedCollections'
import { withReview } from '../../src/review/withReview'

export const Faqs: CollectionConfig = withReview(REVIEWED_COLLECTIONS.faqs, {
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  admin: { useAsTitle: 'question', defaultColumns: ['question', 'concept', 'order', '_status'] },
  defaultSort: 'order',
  access: { read: publishedOrStaff, create: isStaff, update: isStaff, delete: isStaff },
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: {
    afterChange: [refreshReadingTimeAfterChange, revalidateFaqAfterChange],
    afterDelete: [refreshReadingTimeAfterDelete, revalidateFaqAfterDelete],
  },
  fields: [
    { name: 'question', type: 'text', required: true, maxLength: 200 },
    { name: 'answer', type: 'richText', required: true },
    {
      name: 'concept',
      type: 'relationship',
      relationTo: 'concepts',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      admin: { position: 'sidebar', description: 'Lower comes first on the concept page.' },
    },
  ],
})
