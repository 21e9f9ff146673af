import type { CollectionAfterDeleteHook } from 'payload'
import { conceptChangeTags } from '@/content/cacheTags'
import type { LiveChangeEffect } from '@/content/liveChange'
import { expireTags } from '@/content/revalidate'
import type { Concept } from '@/payload-types'

export const expireConceptPages: LiveChangeEffect<'concepts'> = ({ before, after }, req) =>
  expireTags(req, conceptChangeTags(before, after))

/** A deleted concept may have been live whatever its latest draft says: it is treated as leaving. */
export const revalidateConceptAfterDelete: CollectionAfterDeleteHook<Concept> = ({ doc, req }) => {
  expireTags(req, conceptChangeTags({ slug: doc.slug, _status: 'published' }, undefined))
  return doc
}
