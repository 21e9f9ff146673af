// Work waiting for a decision, across every reviewed collection, oldest first.
import type { Payload } from 'payload'
import type { User } from '@/payload-types'
import { changedFieldLabels } from '@/review/compare/contentChanges'
import type { ReviewRecord } from '@/review/reviewFields'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '@/review/reviewedCollections'
import { REVIEW_STATE_LABELS, type ReviewState } from '@/review/rules/transitions'
import { relationId } from '@/fields/relationId'

export type QueueItem = {
  collection: ReviewedCollection['slug']
  label: string
  id: number
  title: string
  state: ReviewState
  stateLabel: string
  submittedBy: string
  submittedById: number | undefined
  submittedAt: string
  /** Never published: all of it is new. */
  isNew: boolean
  /** The content fields that differ from the published version, in editors' words. */
  changed: string[]
}

async function itemsIn(payload: Payload, collection: ReviewedCollection, states: ReviewState[]): Promise<QueueItem[]> {
  const drafts = await payload.find({
    collection: collection.slug,
    draft: true,
    where: { 'review.state': { in: states } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  if (drafts.docs.length === 0) return []
  const live = await payload.find({
    collection: collection.slug,
    where: { and: [{ id: { in: drafts.docs.map((doc) => doc.id) } }, { _status: { equals: 'published' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const liveById = new Map(live.docs.map((doc) => [doc.id, doc as unknown as Record<string, unknown>]))
  const submitters = await payload.find({
    collection: 'users',
    where: {
      id: {
        in: drafts.docs.map((doc) => relationId(doc.review?.submittedBy)).filter((id) => id !== undefined),
      },
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true },
  })
  const names = new Map(submitters.docs.map((user) => [user.id, user.name]))
  return drafts.docs.map((doc) => {
    const record: ReviewRecord = doc.review ?? {}
    const submittedById = relationId(record.submittedBy)
    const fields = doc as unknown as Record<string, unknown>
    return {
      collection: collection.slug,
      label: collection.label,
      id: doc.id,
      title: String(fields[collection.titleField] ?? ''),
      state: record.state ?? 'draft',
      stateLabel: REVIEW_STATE_LABELS[record.state ?? 'draft'],
      submittedBy: (submittedById && names.get(submittedById)) || 'Unknown',
      submittedById,
      submittedAt: record.submittedAt ?? doc.updatedAt,
      isNew: !liveById.has(doc.id),
      changed: changedFieldLabels(collection.slug, { draft: fields, published: liveById.get(doc.id) ?? null }),
    }
  })
}

/** Documents in the given review states, oldest submission first. */
export async function reviewQueue(payload: Payload, states: ReviewState[] = ['in_review']): Promise<QueueItem[]> {
  const lists = await Promise.all(
    Object.values(REVIEWED_COLLECTIONS).map((collection) => itemsIn(payload, collection, states)),
  )
  return lists.flat().sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
}

export type ReviewCounts = {
  awaitingReview: number
  approved: number
  changesRequestedForMe: number
  mineInReview: number
}

/** The dashboard's counts: only the review records are read, nothing is compared. */
export async function reviewCounts(payload: Payload, user: Pick<User, 'id'>): Promise<ReviewCounts> {
  const lists = await Promise.all(
    Object.values(REVIEWED_COLLECTIONS).map(({ slug }) =>
      payload.find({
        collection: slug,
        draft: true,
        where: { 'review.state': { in: ['in_review', 'approved', 'changes_requested'] } },
        select: { review: true },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      }),
    ),
  )
  const records: ReviewRecord[] = lists.flatMap(({ docs }) => docs.map((doc) => doc.review ?? {}))
  const mine = records.filter((record) => relationId(record.submittedBy) === user.id)
  return {
    awaitingReview: records.filter((record) => record.state === 'in_review').length,
    approved: records.filter((record) => record.state === 'approved').length,
    changesRequestedForMe: mine.filter((record) => record.state === 'changes_requested').length,
    mineInReview: mine.filter((record) => record.state === 'in_review').length,
  }
}
