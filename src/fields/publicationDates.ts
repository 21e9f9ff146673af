import type { DateField, PayloadRequest } from 'payload'

function isPublishing(siblingData: Record<string, unknown>): boolean {
  return siblingData._status === 'published'
}

/** One publish, one moment: both dates of a first publish are the same instant, to the millisecond. */
function publicationMoment(req: PayloadRequest): string {
  const moment = req.context.publicationMoment
  if (typeof moment === 'string') return moment
  const now = new Date().toISOString()
  req.context.publicationMoment = now
  return now
}

/** Dates stamped by the server when a document is published; nobody types them. */
export const publicationDateFields: DateField[] = [
  {
    name: 'lastUpdatedAt',
    label: 'Last updated',
    type: 'date',
    index: true,
    admin: { position: 'sidebar', readOnly: true, description: 'Set each time this is published.' },
    hooks: {
      beforeChange: [
        ({ siblingData, originalDoc, req }) =>
          isPublishing(siblingData) ? publicationMoment(req) : (originalDoc?.lastUpdatedAt ?? null),
      ],
    },
  },
  {
    name: 'firstPublishedAt',
    label: 'First published',
    type: 'date',
    admin: { position: 'sidebar', readOnly: true, description: 'Set the first time this is published.' },
    hooks: {
      beforeChange: [
        ({ siblingData, originalDoc, req }) =>
          originalDoc?.firstPublishedAt ?? (isPublishing(siblingData) ? publicationMoment(req) : null),
      ],
    },
  },
]
