import type { CollectionConfig, Where } from 'payload'
import { staffOnly, publishedOrStaff } from '@/access/predicates'
import { slugField } from '@/fields/slug'
import { NEWSLETTER_RESERVED_SLUGS } from '@/routes'
import { REVIEWED_COLLECTIONS } from '@/review/reviewedCollections'
import { withReview } from '@/review/withReview'
import { nextSendDate, newsletterTimeZone } from '@/newsletter/sendDate'
import { unfeaturedConcept, useCaseOfUnfeaturedConcept } from './defaultFeature'
import { asyncDefault } from '@/fields/asyncDefault'
import { keepSentIssues, keepSentIssuesFromDeletion } from './hooks/keepSentIssues'
import { sendWhenPublished } from './hooks/sendWhenPublished'
import { issueEndpoints } from '@/newsletter/admin/issueEndpoints'

/**
 * The weekly newsletter: one concept and one use case with the editor's intro. Reviewed like
 * every other change; publishing an approved issue sends it (at once, or when its schedule
 * runs), and only sent issues are public, in the archive. A sent issue never changes again.
 */
export const NewsletterIssues: CollectionConfig<'newsletter-issues'> = withReview(
  REVIEWED_COLLECTIONS['newsletter-issues'],
  {
    slug: 'newsletter-issues',
    labels: { singular: 'Newsletter issue', plural: 'Newsletter issues' },
    admin: {
      group: 'Newsletter',
      useAsTitle: 'subject',
      defaultColumns: ['subject', 'concept', 'sendAt', '_status'],
      components: {
        views: {
          edit: {
            email: {
              Component: '/src/newsletter/admin/EmailView#EmailView',
              path: '/email',
              tab: { label: 'Email', href: '/email', order: 150 },
            },
          },
        },
      },
    },
    endpoints: issueEndpoints,
    defaultSort: '-sendAt',
    access: { read: publishedOrStaff, create: staffOnly, update: staffOnly, delete: staffOnly },
    versions: { drafts: true, maxPerDoc: 20 },
    defaultPopulate: { subject: true, slug: true, sendAt: true },
    hooks: {
      beforeChange: [keepSentIssues],
      beforeDelete: [keepSentIssuesFromDeletion],
      afterChange: [sendWhenPublished],
    },
    fields: [
      { name: 'subject', type: 'text', required: true, maxLength: 120 },
      {
        name: 'intro',
        type: 'textarea',
        required: true,
        maxLength: 1500,
        admin: {
          description: 'A few sentences from the editor, at the top of the email. A blank line starts a paragraph.',
        },
      },
      {
        name: 'concept',
        type: 'relationship',
        relationTo: 'concepts',
        required: true,
        filterOptions: { _status: { equals: 'published' } },
        defaultValue: asyncDefault(unfeaturedConcept),
        admin: { description: 'At first, the newest published concept no earlier issue has featured.' },
      },
      {
        name: 'useCase',
        type: 'relationship',
        relationTo: 'use-cases',
        required: true,
        filterOptions: ({ data }): Where => ({
          and: [
            { _status: { equals: 'published' } },
            ...(data?.concept ? [{ concepts: { contains: data.concept } }] : []),
          ],
        }),
        defaultValue: asyncDefault(useCaseOfUnfeaturedConcept),
        admin: { description: 'One of the concept’s published use cases.' },
      },
      {
        name: 'sendAt',
        type: 'date',
        required: true,
        index: true,
        defaultValue: () => nextSendDate().toISOString(),
        admin: {
          position: 'sidebar',
          date: { pickerAppearance: 'dayAndTime' },
          description: `When it goes out once approved and scheduled; by default the next Tuesday at 09:00 (${newsletterTimeZone()}).`,
        },
      },
      slugField('subject', NEWSLETTER_RESERVED_SLUGS),
    ],
  },
)
