// An approved concept goes live with the FAQs and use cases it was approved with. Deleting one
// of them before that publish would put the concept live without a piece its reviewer saw (and
// any publish scheduled on the approval would do so unattended), so it is refused until the
// concept goes back for changes. An admin may, as an admin may publish the concept alone.
import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { isAdmin } from '@/access/capabilities'
import { REVIEWED_COLLECTIONS } from '@/review/reviewedCollections'
import { companionName } from '@/review/rules/companionRules'
import { conceptsOfCompanion } from './companions'

export const refuseDeletingApprovedCompanion: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const slug = collection.slug
  if (!req.user || isAdmin(req.user) || (slug !== 'faqs' && slug !== 'use-cases')) return
  const companion = await req.payload.findByID({
    collection: slug,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (companion?.review?.state !== 'approved') return
  const { docs: approvedConcepts } = await req.payload.find({
    collection: 'concepts',
    draft: true,
    where: { and: [{ id: { in: conceptsOfCompanion(companion) } }, { 'review.state': { equals: 'approved' } }] },
    select: { title: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const [concept] = approvedConcepts
  if (!concept) return
  const title = String((companion as unknown as Record<string, unknown>)[REVIEWED_COLLECTIONS[slug].titleField] ?? '')
  throw new APIError(
    `The ${companionName({ collection: slug, title })} was approved with the concept “${concept.title}”, which goes live with it: ask a reviewer to request changes on the concept before deleting it.`,
    403,
    null,
    true,
  )
}
