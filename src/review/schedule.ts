// Scheduled publishing on Payload's jobs queue, as a reviewer's move: only reviewers and
// admins schedule, a scheduled publish needs approved work (admins may override), and every
// schedule is recorded. When the job runs, its publish passes the review hooks again.
import { APIError, type Payload } from 'payload'
import type { Role } from '../access/roles'
import type { User } from '../payload-types'
import { recordAudit } from './audit'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from './reviewedCollections'

export type ScheduleRequest = {
  type: 'publish' | 'unpublish'
  doc: { relationTo: string; value: number | string }
  date: Date | string
  user: User & { collection?: string }
}

const refuse = (rule: string) => new APIError(rule, 403, null, true)

function reviewedCollection(slug: string): ReviewedCollection {
  const collection = (REVIEWED_COLLECTIONS as Record<string, ReviewedCollection | undefined>)[slug]
  if (!collection) throw new APIError(`Scheduling is for reviewed collections only, not “${slug}”.`, 400, null, true)
  return collection
}

export async function scheduleReviewed(payload: Payload, { type, doc, date, user }: ScheduleRequest) {
  const collection = reviewedCollection(doc.relationTo)
  const id = Number(doc.value)
  const roles = (user.roles ?? []) as Role[]
  if (!roles.includes('reviewer') && !roles.includes('admin')) throw refuse('Only reviewers and admins schedule publishing.')
  const draft = await payload.findByID({ collection: collection.slug, id, draft: true, depth: 0, overrideAccess: true })
  const approved = draft.review?.state === 'approved'
  if (type === 'publish' && !approved && !roles.includes('admin')) {
    throw refuse('Only approved work can be scheduled for publishing.')
  }
  const when = new Date(date)
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: when,
    input: { type, doc: { relationTo: collection.slug, value: id }, user: { relationTo: 'users', value: user.id } },
  })
  await recordAudit(payload, {
    action: 'schedule',
    collection: collection.slug,
    documentId: id,
    title: String((draft as unknown as Record<string, unknown>)[collection.titleField] ?? ''),
    comment: `${type === 'publish' ? 'Publish' : 'Unpublish'} at ${when.toISOString()}`,
    override: type === 'publish' && !approved,
    actor: { id: user.id, name: user.name },
  })
  return job
}
