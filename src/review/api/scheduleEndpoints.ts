// REST endpoints for scheduled publishing, mounted on each reviewed collection, under the
// same rules as the admin's Schedule drawer:
//   GET    /api/<collection>/:id/schedule          pending schedules, soonest first (staff)
//   POST   /api/<collection>/:id/schedule          { type: publish | unpublish, at: ISO date }
//   DELETE /api/<collection>/:id/schedule/:jobId   cancel one
import { APIError, type Endpoint } from 'payload'
import { documentId, jsonBody } from './endpointInput'
import type { ReviewedCollection } from '@/review/reviewedCollections'
import { reviewingStaff } from './reviewingStaff'
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
  return [
    {
      path: '/:id/schedule',
      method: 'get',
      handler: async (req) => {
        reviewingStaff(req.user)
        return Response.json({ schedules: await pendingSchedules(req.payload, collection.slug, documentId(req)) })
      },
    },
    {
      path: '/:id/schedule',
      method: 'post',
      handler: async (req) => {
        const user = reviewingStaff(req.user)
        const id = documentId(req)
        const body = await jsonBody(req)
        const type = scheduleType(body.type)
        await scheduleReviewed(req.payload, {
          type,
          doc: { relationTo: collection.slug, value: id },
          date: scheduledAt(body.at),
          user,
        })
        return Response.json({ schedules: await pendingSchedules(req.payload, collection.slug, id) }, { status: 201 })
      },
    },
    {
      path: '/:id/schedule/:jobId',
      method: 'delete',
      handler: async (req) => {
        const user = reviewingStaff(req.user)
        const id = documentId(req)
        await cancelSchedule(req.payload, {
          jobId: String(req.routeParams?.jobId),
          user,
          doc: { relationTo: collection.slug, value: id },
        })
        return Response.json({ schedules: await pendingSchedules(req.payload, collection.slug, id) })
      },
    },
  ]
}
