import type { CollectionConfig } from 'payload'
import { staffOnly, publishedOrStaff } from '@/access/predicates'
import { recountReadingTimeOfLinkedConcepts } from '../Concepts/conceptReadingTime'
import { relationIds } from '@/fields/relationId'
import { expireFaqPages, revalidateFaqAfterDelete } from './hooks/revalidateFaq'
import { REVIEWED_COLLECTIONS } from '@/review/reviewedCollections'
import { withReview } from '@/review/withReview'
import { indexFaqChange, indexFaqAfterDelete } from '@/search/indexing/searchHooks'
import { keepShownImages } from '@/content/media/shownImagesHooks'
import { afterLiveChange } from '@/content/liveChange'

const recountConceptReadingTime = recountReadingTimeOfLinkedConcepts<'faqs'>((faq) => relationIds([faq?.concept]))

const shownImages = keepShownImages('faq')

const readersSee = afterLiveChange('faqs', [
  recountConceptReadingTime.afterLiveChange,
  indexFaqChange,
  shownImages.afterLiveChange,
  expireFaqPages,
])

export const Faqs: CollectionConfig<'faqs'> = withReview(REVIEWED_COLLECTIONS.faqs, {
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  admin: { useAsTitle: 'question', defaultColumns: ['question', 'concept', 'order', '_status'] },
  defaultSort: 'order',
  access: { read: publishedOrStaff, create: staffOnly, update: staffOnly, delete: staffOnly },
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: {
    beforeChange: [readersSee.beforeChange],
    afterChange: [readersSee.afterChange],
    afterDelete: [
      recountConceptReadingTime.afterDelete,
      indexFaqAfterDelete,
      shownImages.afterDelete,
      revalidateFaqAfterDelete,
    ],
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
