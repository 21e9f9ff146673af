import type { DateField } from 'payload'

function isPublishing(siblingData: Record<string, unknown>): boolean {
  return siblingData._status === 'published'
}

/** Dates stamped by the server when a document is published; nobody types them. */
export const publicationDateFields: DateField[] = [
  {
    name: 'lastUpdatedAt',
    type: 'date',
    index: true,
    admin: { position: 'sidebar', readOnly: true, description: 'Set each time this is published.' },
    hooks: {
      beforeChange: [
        ({ siblingData, originalDoc }) =>
          isPublishing(siblingData) ? new Date().toISOString() : (originalDoc?.lastUpdatedAt ?? null),
      ],
    },
  },
  {
    name: 'firstPublishedAt',
    type: 'date',
    admin: { position: 'sidebar', readOnly: true, description: 'Set the first time this is published.' },
    hooks: {
      beforeChange: [
        ({ siblingData, originalDoc }) =>
          originalDoc?.firstPublishedAt ?? (isPublishing(siblingData) ? new Date().toISOString() : null),
      ],
    },
  },
]
