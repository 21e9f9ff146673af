// The subscriber list's endpoints, beside Payload's own (admins read and delete):
//   GET /api/subscribers/counts        how many stand where (any staff: counts, not addresses)
//   GET /api/subscribers/export.csv    the whole list (admins)
//   GET /api/subscribers/:id/export    everything held about one reader, as JSON (admins)
import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { canEdit, isAdmin } from '@/access/capabilities'
import type { User } from '@/payload-types'
import { subscriberCounts } from './subscriberCounts'
import { allSubscribers, subscriberRecord, subscribersCsv } from './subscriberExport'

function requireUser(req: PayloadRequest, allowed: (user: User) => boolean, who: string): void {
  const user = req.user as User | null
  if (!user) throw new APIError('Sign in first.', 401, null, true)
  if (!allowed(user)) throw new APIError(`Only ${who} may do this.`, 403, null, true)
}

function subscriberId(req: PayloadRequest): number {
  const id = Number(req.routeParams?.id)
  if (!Number.isInteger(id) || id <= 0)
    throw new APIError('The subscriber id must be a positive whole number.', 400, null, true)
  return id
}

export const subscriberEndpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/counts',
    handler: async (req) => {
      requireUser(req, canEdit, 'editorial staff')
      return Response.json(await subscriberCounts(req.payload))
    },
  },
  {
    method: 'get',
    path: '/export.csv',
    handler: async (req) => {
      requireUser(req, isAdmin, 'admins')
      const day = new Date().toISOString().slice(0, 10)
      return new Response(subscribersCsv(await allSubscribers(req.payload)), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="groundwork-subscribers-${day}.csv"`,
          'cache-control': 'no-store',
        },
      })
    },
  },
  {
    method: 'get',
    path: '/:id/export',
    handler: async (req) => {
      requireUser(req, isAdmin, 'admins')
      const id = subscriberId(req)
      return Response.json(await subscriberRecord(req.payload, id), {
        headers: {
          'content-disposition': `attachment; filename="groundwork-subscriber-${id}.json"`,
          'cache-control': 'no-store',
        },
      })
    },
  },
]
