// REST endpoints of the review workflow, mounted on each reviewed collection:
//   GET  /api/<collection>/:id/review   state, allowed actions, checklist and history (staff)
//   POST /api/<collection>/:id/review   { action: submit | approve | request_changes, comment?, seen? }
//   POST /api/concepts/readiness        { id?, data } → the live readiness checklist (staff)
// Scheduling has its own endpoints (scheduleEndpoints.ts).
import type { Endpoint } from 'payload'
import type { Concept } from '@/payload-types'
import { conceptReadinessFacts } from '@/review/queries/conceptReadiness'
import { performReviewAction } from './performReviewAction'
import { conceptChecklist } from '@/review/rules/readiness'
import type { ReviewedCollection } from '@/review/reviewedCollections'
import { staffEndpoint } from './staffEndpoint'
import { reviewStatus } from '@/review/queries/reviewStatus'

export function reviewEndpoints(collection: ReviewedCollection): Endpoint[] {
  const endpoints = [
    staffEndpoint('get', '/:id/review', async ({ req, user, id }) =>
      Response.json(await reviewStatus(req.payload, collection, id(), user)),
    ),
    staffEndpoint('post', '/:id/review', async ({ req, user, id, body }) => {
      const documentId = id()
      const { action, comment, seen } = await body()
      await performReviewAction(req.payload, {
        collection: collection.slug,
        id: documentId,
        action,
        comment,
        seen,
        user: { ...user, collection: 'users' },
      })
      return Response.json(await reviewStatus(req.payload, collection, documentId, user))
    }),
  ]
  if (collection.slug !== 'concepts') return endpoints
  const readiness = staffEndpoint('post', '/readiness', async ({ req, body }) => {
    const input = await body()
    const data = (input.data ?? {}) as Partial<Concept>
    const id = input.id === undefined || input.id === null ? undefined : Number(input.id)
    const checklist = conceptChecklist(await conceptReadinessFacts(req.payload, { ...data, id }))
    return Response.json({ checklist })
  })
  return [...endpoints, readiness]
}
