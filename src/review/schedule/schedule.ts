// Scheduled publishing on Payload's jobs queue, as a reviewer's move: only reviewers and
// admins schedule or cancel, a scheduled publish needs approved work (admins may override),
// and every schedule and cancellation is recorded. When the job runs, its publish passes
// the review hooks again.
import { APIError, type Payload, type PayloadRequest, type Where } from 'payload'
import { canPublish, isAdmin } from '@/access/capabilities'
import type { TaskSchedulePublish, User } from '@/payload-types'
import { recordAudit, type AuditEntry } from '@/audit/recordAudit'
import { companionsOf } from '@/review/hooks/companions'
import { changedAfterApproval, companionName, UNAPPROVED_STATES } from '@/review/rules/companionRules'
import {
  REVIEWED_COLLECTIONS,
  reviewedCollection as reviewedCollectionOf,
  type ReviewedCollection,
} from '@/review/reviewedCollections'

export type ScheduleType = 'publish' | 'unpublish'

export type ScheduleRequest = {
  type: ScheduleType
  doc: { relationTo: string; value: number | string }
  date: Date | string
  user: User & { collection?: string }
}

const refuse = (rule: string) => new APIError(rule, 403, null, true)

function reviewedCollection(slug: string): ReviewedCollection {
  const collection = reviewedCollectionOf(slug)
  if (!collection) throw new APIError(`Scheduling is for reviewed collections only, not “${slug}”.`, 400, null, true)
  return collection
}

function refuseUnlessReviewer(user: User, rule: string): void {
  if (!canPublish(user)) throw refuse(rule)
}

/**
 * The job input, as Payload's Schedule drawer writes and looks it up: the document id as a
 * string (payload#10481), although the generated type says number.
 */
export function schedulePublishInput(
  type: ScheduleType,
  collection: ReviewedCollection['slug'],
  id: number,
  userId: number,
) {
  const doc = { relationTo: collection, value: String(id) }
  return { type, doc, user: { relationTo: 'users', value: userId } } as unknown as TaskSchedulePublish['input']
}

/** The draft's title (for the audit log) and whether it is approved. */
async function draftFacts(payload: Payload, collection: ReviewedCollection, id: number) {
  const draft = await payload.findByID({ collection: collection.slug, id, draft: true, depth: 0, overrideAccess: true })
  return {
    title: String((draft as unknown as Record<string, unknown>)[collection.titleField] ?? ''),
    approved: draft.review?.state === 'approved',
  }
}

/**
 * A concept goes live whole: its publish is not scheduled while one of its FAQs or use cases
 * holds a change the approval did not cover, as the job's publish would be refused.
 */
async function refuseHeldBackConcept(payload: Payload, collection: ReviewedCollection, id: number) {
  if (!collection.hasCompanions) return
  const [heldBack] = await companionsOf(payload, id, UNAPPROVED_STATES)
  if (heldBack) throw refuse(changedAfterApproval(companionName(heldBack)))
}

export async function scheduleReviewed(payload: Payload, { type, doc, date, user }: ScheduleRequest) {
  refuseUnlessReviewer(user, 'Only reviewers and admins schedule publishing.')
  const collection = reviewedCollection(doc.relationTo)
  const id = Number(doc.value)
  const { title, approved } = await draftFacts(payload, collection, id)
  if (type === 'publish' && !isAdmin(user)) {
    if (!approved) throw refuse('Only approved work can be scheduled for publishing.')
    await refuseHeldBackConcept(payload, collection, id)
  }
  const when = new Date(date)
  if (Number.isNaN(when.getTime()))
    throw new APIError('Choose a valid date and time for the schedule.', 400, null, true)
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: when,
    input: schedulePublishInput(type, collection.slug, id, user.id),
  })
  await recordAudit(payload, {
    action: 'schedule',
    collection: collection.slug,
    documentId: id,
    title,
    comment: `${type === 'publish' ? 'Publish' : 'Unpublish'} at ${when.toISOString()}`,
    override: type === 'publish' && !approved,
    actor: { id: user.id, name: user.name },
  })
  return job
}

type ScheduledJob = {
  id: number | string
  waitUntil?: string | null
  input?: { type?: ScheduleType; doc?: { relationTo: string; value: string } }
}

export type PendingSchedule = { id: number | string; type: ScheduleType; at: string | null }

const pendingJobs: Where = {
  and: [
    { taskSlug: { equals: 'schedulePublish' } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
  ],
}

const asPending = (job: ScheduledJob): PendingSchedule => ({
  id: job.id,
  type: job.input?.type === 'unpublish' ? 'unpublish' : 'publish',
  at: job.waitUntil ? new Date(job.waitUntil).toISOString() : null,
})

/** A document's scheduled publishes and unpublishes that have not run yet, soonest first. */
export async function pendingSchedules(
  payload: Payload,
  collection: ReviewedCollection['slug'],
  id: number,
): Promise<PendingSchedule[]> {
  const { docs } = await payload.db.find<ScheduledJob>({
    collection: 'payload-jobs',
    where: {
      and: [
        pendingJobs,
        { 'input.doc.relationTo': { equals: collection } },
        { 'input.doc.value': { equals: String(id) } },
      ],
    },
    sort: 'waitUntil',
    limit: 0,
    pagination: false,
  })
  return docs.map(asPending)
}

type CancelRequest = {
  jobId: number | string
  user: User
  /** When given, the schedule must belong to this document. */
  doc?: { relationTo: ReviewedCollection['slug']; value: number }
}

/** Cancels a pending scheduled publish or unpublish; checked before anything changes, and recorded. */
export async function cancelSchedule(payload: Payload, { jobId, user, doc }: CancelRequest): Promise<void> {
  refuseUnlessReviewer(user, 'Only reviewers and admins cancel a scheduled publish.')
  const job = Number.isFinite(Number(jobId))
    ? await payload.db.findOne<ScheduledJob>({
        collection: 'payload-jobs',
        where: { and: [{ id: { equals: jobId } }, pendingJobs] },
      })
    : null
  const target = job?.input?.doc
  const belongs = !doc || (target?.relationTo === doc.relationTo && Number(target.value) === doc.value)
  if (!job || !target || !belongs) throw new APIError('There is no pending schedule with that id.', 404, null, true)
  const collection = reviewedCollection(target.relationTo)
  const id = Number(target.value)
  const { title } = await draftFacts(payload, collection, id)
  await dropSchedule(
    payload,
    asPending(job),
    { collection: collection.slug, id, title },
    {
      actor: { id: user.id, name: user.name },
    },
  )
}

type ScheduledDocument = { collection: ReviewedCollection['slug']; id: number; title: string }
type DropOptions = { actor?: AuditEntry['actor']; because?: string; req?: PayloadRequest }

/** Takes a pending schedule off the queue and records it as cancelled (and why, when `because` says). */
async function dropSchedule(
  payload: Payload,
  { id: jobId, type, at }: PendingSchedule,
  { collection, id, title }: ScheduledDocument,
  { actor, because, req }: DropOptions,
): Promise<void> {
  await payload.db.deleteOne({ collection: 'payload-jobs', where: { id: { equals: jobId } }, req })
  const comment = `Cancelled: ${type} at ${at ?? 'an unknown time'}${because ? `, ${because}` : ''}`
  await recordAudit(payload, { action: 'unschedule', collection, documentId: id, title, comment, actor }, req)
}

/**
 * A publish scheduled on an approval goes with it: an edit of the approved draft, or a request
 * for changes, voided the approval, and the job would only fail when its time came. Recorded
 * with the write, naming why.
 */
export async function dropPublishesOfVoidedApproval(
  req: PayloadRequest,
  document: ScheduledDocument,
  because: string,
): Promise<void> {
  const pending = await pendingSchedules(req.payload, document.collection, document.id)
  for (const schedule of pending.filter(({ type }) => type === 'publish')) {
    await dropSchedule(req.payload, schedule, document, { because, req })
  }
}

/**
 * A publish scheduled on an approved concept goes when one of its FAQs or use cases gets a
 * change the approval did not cover: the publish would leave that change behind, so it is
 * refused (companions.ts), and the job would only fail when its time came.
 */
export async function dropPublishesLeavingCompanion(req: PayloadRequest, conceptId: number, because: string) {
  const pending = (await pendingSchedules(req.payload, 'concepts', conceptId)).filter(({ type }) => type === 'publish')
  if (pending.length === 0) return
  const { title, approved } = await draftFacts(req.payload, REVIEWED_COLLECTIONS.concepts, conceptId)
  if (!approved) return
  for (const schedule of pending) {
    await dropSchedule(req.payload, schedule, { collection: 'concepts', id: conceptId, title }, { because, req })
  }
}
