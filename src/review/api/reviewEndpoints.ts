// REST endpoints of the review workflow, mounted on each reviewed collection:
//   GET  /api/<collection>/:id/review   state, allowed actions, checklist and history (staff)
//   POST /api/<collection>/:id/review   { action: submit | approve | request_changes, comment? }
//   POST /api/concepts/readiness        { id?, data } → the live readiness checklist (staff)
// Scheduling has its own endpoints (scheduleEndpoints.ts).
import type { Endpoint } from 'payload'
import type { Concept } from '@/payload-types'
import { conceptReadinessFacts } from '@/review/queries/conceptReadiness'
import { documentId, jsonBody } from './endpointInput'
import { performReviewAction } from './performReviewAction'
import { conceptChecklist } from '@/review/rules/readiness'
import type { ReviewedCollection } from '@/review/reviewedCollections'
import { reviewingStaff } from './reviewingStaff'
import { reviewStatus } from '@/review/queries/reviewStatus'

export function reviewEndpoints(collection: ReviewedCollection): Endpoint[] {
  const endpoints: Endpoint[] = [
    {
      path: '/:id/review',
      method: 'get',
      handler: async (req) => {
        const user = reviewingStaff(req.user)
        return Response.json(await reviewStatus(req.payload, collection, documentId(req), user))
      },
    },
    {
      path: '/:id/review',
      method: 'post',
      handler: async (req) => {
        const user = reviewingStaff(req.user)
        const id = documentId(req)
        const body = await jsonBody(req)
        await performReviewAction(req.payload, {
          collection: collection.slug,
          id,
          action: body.action,
          comment: body.comment,
          user: { ...user, collection: 'users' },
        })
        return Response.json(await reviewStatus(req.payload, collection, id, user))
      },
    },
  ]
  if (collection.slug !== 'concepts') return endpoints
  return [
    ...endpoints,
    {
      path: '/readiness',
      method: 'post',
      handler: async (req) => {
        reviewingStaff(req.user)
        const body = await jsonBody(req)
        const data = (body.data ?? {}) as Partial<Concept>
        const id = body.id === undefined || body.id === null ? undefined : Number(body.id)
        const checklist = conceptChecklist(await conceptReadinessFacts(req.payload, { ...data, id }))
        return Response.json({ checklist })
      },
    },
  ]
}
