import type { CollectionConfig } from 'payload'
import { isStaff, publishedOrStaff } from '../../src/access/predicates'
import { slugField } from '../../src/fields/slug'
import { refreshReadingTimeAfterChange, refreshReadingTimeAfterDelete } from './hooks/refreshConceptReadingTime'
import { revalidateUseCaseAfterChange, revalidateUseCaseAfterDelete } from './hooks/revalidateUseCase'
import { validateHttpUrl } from '../../src/fields/httpUrl'
import { REVIEWED_COLLECTIONS } from '../../src/review/reviewedCollections'
import { withReview } from '../../src/review/withReview'

export const UseCases: CollectionConfig = withReview(REVIEWED_COLLECTIONS['use-cases'], {
  slug: 'use-cases',
  labels: { singular: 'Use case', plural: 'Use cases' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'organization', 'year', '_status'] },
  access: { read: publishedOrStaff, create: isStaff, update: isStaff, delete: isStaff },
  versions: { drafts: true, maxPerDoc: 20 },
  defaultPopulate: { title: true, slug: true, organization: true, summary: true, year: true, link: true },
  hooks: {
    afterChange: [refreshReadingTimeAfterChange, revalidateUseCaseAfterChange],
    afterDelete: [refreshReadingTimeAfterDelete, revalidateUseCaseAfterDelete],
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
