import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { categoryChangeTags } from '@/content/cacheTags'
import { expireTags } from '@/content/revalidate'

export const revalidateCategoryAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  expireTags(req, categoryChangeTags())
  return doc
}

export const revalidateCategoryAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  expireTags(req, categoryChangeTags())
  return doc
}
