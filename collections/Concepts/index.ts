import type { CollectionConfig } from 'payload'
import { copyOnDuplicate, nameCopy } from '@/fields/copyOnDuplicate'
import { keepLockThroughAutosave } from '@/access/keepLockThroughAutosave'
import { staffOnly, publishedOrStaff } from '@/access/predicates'
import { noSelfReference } from '@/fields/noSelfReference'
import { publicationDateFields } from '@/fields/publicationDates'
import { slugField } from '@/fields/slug'
import { DIFFICULTIES, DIFFICULTY } from '@/vocabulary/difficulty'
import { readingTimeField } from './fields/readingTimeField'
import { expireConceptPages, revalidateConceptAfterDelete } from './hooks/revalidateConcept'
import { REVIEWED_COLLECTIONS } from '@/review/reviewedCollections'
import { withReview } from '@/review/withReview'
import { conceptPath, previewPath } from '@/routes'
import { indexConceptChange, indexConceptAfterDelete } from '@/search/indexing/searchHooks'
import { matchListSearchByName } from '@/search/adminListSearch'
import { keepShownImages } from '@/content/media/shownImagesHooks'
import { afterLiveChange } from '@/content/liveChange'

/** What the admin list's search box searches; titles and aliases also match as the site's search does. */
const LIST_SEARCH_FIELDS = ['title', 'summary']

const shownImages = keepShownImages('concept')

const readersSee = afterLiveChange('concepts', [indexConceptChange, shownImages.afterLiveChange, expireConceptPages])

export const Concepts: CollectionConfig<'concepts'> = withReview(REVIEWED_COLLECTIONS.concepts, {
  slug: 'concepts',
  labels: { singular: 'Concept', plural: 'Concepts' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'difficulty', '_status', 'updatedAt'],
    listSearchableFields: LIST_SEARCH_FIELDS,
    // The draft on the real page beside the form, refreshed on every (auto)save.
    livePreview: {
      url: ({ data }) => (data?.slug ? previewPath(conceptPath(data.slug)) : null),
    },
  },
  access: {
    read: publishedOrStaff,
    create: staffOnly,
    update: staffOnly,
    delete: staffOnly,
  },
  versions: {
    // Drafts are validated (see withCheckedFields): "Create New" makes nothing until the first
    // Save draft (Payload creates a draft on opening the form otherwise).
    drafts: { autosave: { interval: 2000, showSaveDraftButton: true } },
    maxPerDoc: 50,
  },
  // Autosave runs while someone types: the lock must outlive it, and frees the document two minutes after they stop.
  lockDocuments: { duration: 120 },
  hooks: {
    beforeOperation: [matchListSearchByName(LIST_SEARCH_FIELDS)],
    beforeChange: [readersSee.beforeChange],
    afterChange: [keepLockThroughAutosave, readersSee.afterChange],
    afterDelete: [indexConceptAfterDelete, shownImages.afterDelete, revalidateConceptAfterDelete],
  },
  defaultPopulate: { title: true, slug: true, summary: true, difficulty: true, category: true },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 160,
      hooks: { beforeDuplicate: [copyOnDuplicate('title', nameCopy)] },
    },
    {
      name: 'nameInSentence',
      label: 'Name in sentence',
      type: 'text',
      maxLength: 160,
      admin: {
        description:
          'How the name reads mid-sentence, with its article if it takes one: "a foundation model", "embeddings". Used in "What is …?"; left empty, the title in lower case.',
      },
    },
    { name: 'subtitle', type: 'text', maxLength: 200 },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 280,
      admin: { description: 'The one-line answer shown first on the page and in lists (at most 280 characters).' },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Explanation',
          fields: [
            {
              name: 'body',
              type: 'richText',
              admin: { description: 'The "What is …?" explanation.' },
            },
          ],
        },
        {
          label: 'Traits & pitfalls',
          fields: [
            {
              name: 'keyTraits',
              label: 'Key traits',
              type: 'array',
              admin: { description: 'What makes something this concept.' },
              fields: [
                { name: 'label', label: 'Trait', type: 'text', required: true },
                { name: 'explanation', type: 'textarea', required: true },
              ],
            },
            {
              name: 'pitfalls',
              type: 'array',
              fields: [
                { name: 'title', label: 'Pitfall', type: 'text', required: true },
                { name: 'explanation', type: 'textarea', required: true },
              ],
            },
          ],
        },
        {
          label: 'Connections',
          fields: [
            {
              name: 'useCases',
              label: 'Use cases',
              type: 'join',
              collection: 'use-cases',
              on: 'concepts',
              defaultSort: '-year',
            },
            {
              name: 'faqs',
              label: 'FAQs',
              type: 'join',
              collection: 'faqs',
              on: 'concept',
              defaultSort: 'order',
            },
            {
              name: 'related',
              type: 'relationship',
              relationTo: 'concepts',
              hasMany: true,
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
              validate: noSelfReference('related concept'),
            },
            {
              name: 'prerequisites',
              type: 'relationship',
              relationTo: 'concepts',
              hasMany: true,
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
              validate: noSelfReference('prerequisite'),
            },
            {
              name: 'aliases',
              type: 'text',
              hasMany: true,
              admin: { description: 'Other names readers search for, e.g. "LLM".' },
            },
            {
              name: 'linkMentions',
              label: 'Link mentions of other concepts',
              type: 'checkbox',
              defaultValue: true,
              admin: {
                description:
                  'The first time the explanation names another published concept (by title or alias), it links there.',
              },
            },
          ],
        },
      ],
    },
    slugField('title'),
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'categories',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'difficulty',
      type: 'select',
      required: true,
      options: DIFFICULTIES.map((value) => ({ value, label: DIFFICULTY[value].label })),
      admin: { position: 'sidebar' },
    },
    readingTimeField,
    ...publicationDateFields,
  ],
})
