import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { faqChangeTags, visibleToReaders } from '@/content/cacheTags'
import { expireTags } from '@/content/revalidate'
import type { Faq } from '@/payload-types'
import { conceptSlugs } from '../../Concepts/conceptSlugs'

export const revalidateFaqAfterChange: CollectionAfterChangeHook<Faq> = async ({ doc, previousDoc, req }) => {
  if (!visibleToReaders(doc, previousDoc)) return doc
  const slugs = await conceptSlugs(req, [doc.concept, previousDoc?.concept])
  expireTags(req, faqChangeTags(doc, previousDoc, slugs))
  return doc
}

export const revalidateFaqAfterDelete: CollectionAfterDeleteHook<Faq> = async ({ doc, req }) => {
  expireTags(req, faqChangeTags(doc, undefined, await conceptSlugs(req, [doc.concept])))
  return doc
}
