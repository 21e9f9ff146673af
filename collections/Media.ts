import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { publishersOnly, staffOnly } from '@/access/predicates'
import { publishedMediaOrStaff } from '@/access/publishedMedia'
import { mediaChangeTags } from '@/content/cacheTags'
import { refuseDeletingShownImage } from '@/content/media/refuseDeletingShownImage'
import { expireTags } from '@/content/revalidate'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: { read: publishedMediaOrStaff, create: staffOnly, update: publishersOnly, delete: publishersOnly },
  hooks: {
    beforeDelete: [refuseDeletingShownImage],
    afterChange: [({ doc, req }) => (expireTags(req, mediaChangeTags()), doc)],
    afterDelete: [({ doc, req }) => (expireTags(req, mediaChangeTags()), doc)],
  },
  upload: {
    staticDir: process.env.MEDIA_DIR ?? path.join(process.cwd(), '.data', 'media'),
    mimeTypes: ['image/*'],
    imageSizes: [
      { name: 'card', width: 640, height: 360, position: 'centre' },
      { name: 'openGraph', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'card',
  },
  fields: [
    {
      name: 'alt',
      label: 'Alt text',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: 'What the image shows, for readers who cannot see it.' },
    },
  ],
}
