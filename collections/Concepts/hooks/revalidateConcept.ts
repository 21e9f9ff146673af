import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { conceptChangeTags } from '@/content/cacheTags'
import { expireTags } from '@/content/revalidate'
import type { Concept } from '@/payload-types'

export const revalidateConceptAfterChange: CollectionAfterChangeHook<Concept> = ({ doc, previousDoc, req }) => {
  expireTags(req, conceptChangeTags(doc, previousDoc))
  return doc
}

export const revalidateConceptAfterDelete: CollectionAfterDeleteHook<Concept> = ({ doc, req }) => {
  expireTags(req, conceptChangeTags(doc, undefined))
  return doc
}
