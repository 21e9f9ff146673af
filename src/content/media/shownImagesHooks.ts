// Keeps a collection's rows of shown_images in step with what it publishes: any write that
// readers may see (a publish, an unpublish, a published edit) and any delete.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { visibleToReaders } from '@/content/cacheTags'
import { requestDatabase } from '@/db/requestDatabase'
import { refreshShownImages, type ShowingDocType } from './shownImages'

export function keepShownImages(docType: ShowingDocType): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    afterChange: async ({ doc, previousDoc, req }) => {
      if (visibleToReaders(doc, previousDoc)) await refreshShownImages(await requestDatabase(req), docType, [doc.id])
      return doc
    },
    afterDelete: async ({ doc, req }) => {
      await refreshShownImages(await requestDatabase(req), docType, [doc.id])
      return doc
    },
  }
}
