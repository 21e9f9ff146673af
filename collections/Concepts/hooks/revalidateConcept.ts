import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { conceptChangeTags } from '../../../src/content/cacheTags'
import { expireTags } from '../../../src/content/revalidate'
import type { Concept } from '../../../src/payload-types'

export const revalidateConceptAfterChange: CollectionAfterChangeHook<Concept> = ({ doc, previousDoc, req }) => {
  expireTags(req, conceptChangeTags(doc, previousDoc))
  return doc
}

export const revalidateConceptAfterDelete: CollectionAfterDeleteHook<Concept> = ({ doc, req }) => {
  expireTags(req, conceptChangeTags(doc, undefined))
  return doc
}
