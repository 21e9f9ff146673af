import type { CollectionConfig } from 'payload'
import { staffOnly, publishedOrStaff } from '@/access/predicates'
import { slugField } from '@/fields/slug'
import { recountReadingTimeOfLinkedConcepts } from '../Concepts/conceptReadingTime'
import { relationIds } from '@/fields/relationId'
import { expireUseCasePages, revalidateUseCaseAfterDelete } from './hooks/revalidateUseCase'
import { validateHttpUrl } from '@/fields/httpUrl'
import { REVIEWED_COLLECTIONS } from '@/review/reviewedCollections'
import { withReview } from '@/review/withReview'
import { indexUseCaseChange, indexUseCaseAfterDelete } from '@/search/indexing/searchHooks'
import { keepShownImages } from '@/content/media/shownImagesHooks'
import { afterLiveChange } from '@/content/liveChange'

const recountConceptReadingTime = recountReadingTimeOfLinkedConcepts<'use-cases'>((useCase) =>
  relationIds(useCase?.concepts ?? []),
)

const shownImages = keepShownImages('use-case')

const readersSee = afterLiveChange('use-cases', [
  recountConceptReadingTime.afterLiveChange,
  indexUseCaseChange,
  shownImages.afterLiveChange,
  expireUseCasePages,
])

export const UseCases: CollectionConfig<'use-cases'> = withReview(REVIEWED_COLLECTIONS['use-cases'], {
  slug: 'use-cases',
  labels: { singular: 'Use case', plural: 'Use cases' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'organization', 'year', '_status'] },
  access: { read: publishedOrStaff, create: staffOnly, update: staffOnly, delete: staffOnly },
  versions: { drafts: true, maxPerDoc: 20 },
  defaultPopulate: { title: true, slug: true, organization: true, summary: true, year: true, link: true },
  hooks: {
    beforeChange: [readersSee.beforeChange],
    afterChange: [readersSee.afterChange],
    afterDelete: [
      recountConceptReadingTime.afterDelete,
      indexUseCaseAfterDelete,
      shownImages.afterDelete,
      revalidateUseCaseAfterDelete,
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160 },
    { name: 'organization', type: 'text', required: true, maxLength: 120 },
    { name: 'summary', type: 'textarea', required: true, maxLength: 280 },
    { name: 'body', type: 'richText' },
    {
      name: 'concepts',
      type: 'relationship',
      relationTo: 'concepts',
      hasMany: true,
      required: true,
      index: true,
    },
    slugField('title'),
    {
      name: 'link',
      type: 'text',
      validate: validateHttpUrl,
      admin: { position: 'sidebar', description: 'Where readers can learn more (https://…).' },
    },
    {
      name: 'year',
      type: 'number',
      min: 1950,
      max: 2100,
      admin: { position: 'sidebar' },
    },
  ],
})
