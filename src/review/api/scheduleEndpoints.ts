// REST endpoints for scheduled publishing, mounted on each reviewed collection, under the
// same rules as the admin's Schedule drawer:
//   GET    /api/<collection>/:id/schedule          pending schedules, soonest first (staff)
//   POST   /api/<collection>/:id/schedule          { type: publish | unpublish, at: ISO date }
//   DELETE /api/<collection>/:id/schedule/:jobId   cancel one
import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { staffEndpoint } from './staffEndpoint'
import type { ReviewedCollection } from '@/review/reviewedCollections'
import { cancelSchedule, pendingSchedules, scheduleReviewed, type ScheduleType } from '@/review/schedule/schedule'

function scheduleType(value: unknown): ScheduleType {
  if (value === 'publish' || value === 'unpublish') return value
  throw new APIError('"type" must be "publish" or "unpublish".', 400, null, true)
}

function scheduledAt(value: unknown): Date {
  const at = typeof value === 'string' ? new Date(value) : undefined
  if (!at || Number.isNaN(at.getTime()))
    throw new APIError('"at" must be a date and time, e.g. "2026-12-01T09:00:00Z".', 400, null, true)
  return at
}

export function scheduleEndpoints(collection: ReviewedCollection): Endpoint[] {
  const schedulesOf = async (req: PayloadRequest, id: number) => ({
    schedules: await pendingSchedules(req.payload, collection.slug, id),
  })
  return [
    staffEndpoint('get', '/:id/schedule', async ({ req, id }) => Response.json(await schedulesOf(req, id()))),
    staffEndpoint('post', '/:id/schedule', async ({ req, user, id, body }) => {
      const documentId = id()
      const input = await body()
      const type = scheduleType(input.type)
      await scheduleReviewed(req.payload, {
        type,
        doc: { relationTo: collection.slug, value: documentId },
        date: scheduledAt(input.at),
        user,
      })
      return Response.json(await schedulesOf(req, documentId), { status: 201 })
    }),
    staffEndpoint('delete', '/:id/schedule/:jobId', async ({ req, user, id }) => {
      await cancelSchedule(req.payload, {
        jobId: String(req.routeParams?.jobId),
        user,
        doc: { relationTo: collection.slug, value: id() },
      })
      return Response.json(await schedulesOf(req, id()))
    }),
  ]
}
