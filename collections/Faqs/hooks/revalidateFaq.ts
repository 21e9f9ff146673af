import type { CollectionAfterDeleteHook } from 'payload'
import { faqChangeTags } from '@/content/cacheTags'
import type { LiveChangeEffect } from '@/content/liveChange'
import { expireTags } from '@/content/revalidate'
import type { Faq } from '@/payload-types'
import { conceptSlugs } from '../../Concepts/conceptSlugs'

/** The pages of the concept the FAQ is on now, and of the one it was on (a move takes it away). */
export const expireFaqPages: LiveChangeEffect<'faqs'> = async ({ before, after }, req) => {
  const slugs = await conceptSlugs(req, [after?.concept, before?.concept])
  expireTags(req, faqChangeTags(after, before, slugs))
}

export const revalidateFaqAfterDelete: CollectionAfterDeleteHook<Faq> = async ({ doc, req }) => {
  expireTags(req, faqChangeTags(doc, undefined, await conceptSlugs(req, [doc.concept])))
  return doc
}
