// An approved concept goes live with the FAQs and use cases it was approved with. One of them
// leaving before that publish (deleted, or moved to another concept) would put the concept
// live without a piece its reviewer saw, and any publish scheduled on the approval would do so
// unattended; the publish's own check cannot see a piece that is no longer linked. So leaving
// is refused until the concept goes back for changes. An admin may, as an admin may publish
// the concept alone.
import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionSlug,
  type PayloadRequest,
} from 'payload'
import { isAdmin } from '@/access/capabilities'
import { REVIEWED_COLLECTIONS } from '@/review/reviewedCollections'
import { companionName } from '@/review/rules/companionRules'
import { conceptsOfCompanion } from './companions'

type CompanionDoc = { review?: { state?: string | null } | null; concept?: unknown; concepts?: unknown }

async function refuseLeavingApprovedConcept(
  req: PayloadRequest,
  slug: CollectionSlug,
  companion: CompanionDoc | null | undefined,
  keptConceptIds: number[],
) {
  if (!req.user || isAdmin(req.user) || (slug !== 'faqs' && slug !== 'use-cases')) return
  if (companion?.review?.state !== 'approved') return
  const left = conceptsOfCompanion(companion).filter((id) => !keptConceptIds.includes(id))
  if (left.length === 0) return
  const { docs: approvedConcepts } = await req.payload.find({
    collection: 'concepts',
    draft: true,
    where: { and: [{ id: { in: left } }, { 'review.state': { equals: 'approved' } }] },
    select: { title: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const [concept] = approvedConcepts
  if (!concept) return
  const title = String((companion as Record<string, unknown>)[REVIEWED_COLLECTIONS[slug].titleField] ?? '')
  throw new APIError(
    `The ${companionName({ collection: slug, title })} was approved with the concept “${concept.title}”, which goes live with it: ask a reviewer to request changes on the concept before removing it from there.`,
    403,
    null,
    true,
  )
}

/** A change that takes the companion off a concept it was approved with. */
export const refuseMovingApprovedCompanion: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc) {
    const kept = conceptsOfCompanion({ ...originalDoc, ...data })
    await refuseLeavingApprovedConcept(req, collection.slug, originalDoc, kept)
  }
  return data
}

export const refuseDeletingApprovedCompanion: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const slug = collection.slug
  if (slug !== 'faqs' && slug !== 'use-cases') return
  const companion = await req.payload.findByID({
    collection: slug,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  await refuseLeavingApprovedConcept(req, slug, companion, [])
}
