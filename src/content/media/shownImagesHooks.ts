// Keeps a collection's rows of shown_images in step with what it publishes: any write that
// changes what readers see (a publish, an unpublish, a published edit) and any delete.
import type { CollectionAfterDeleteHook } from 'payload'
import type { LiveChangeEffect } from '@/content/liveChange'
import { requestDatabase } from '@/db/requestDatabase'
import { refreshShownImages, type ShowingDocType } from './shownImages'

export function keepShownImages(docType: ShowingDocType): {
  afterLiveChange: LiveChangeEffect<'concepts' | 'faqs' | 'use-cases'>
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    afterLiveChange: async ({ id }, req) => refreshShownImages(await requestDatabase(req), docType, [id]),
    afterDelete: async ({ doc, req }) => {
      await refreshShownImages(await requestDatabase(req), docType, [doc.id])
      return doc
    },
  }
}
