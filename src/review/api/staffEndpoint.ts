// The review's REST endpoints are for signed-in staff only, and read their input the same
// way: a document id from the path and a JSON object as the body, each with a 400 that
// says what is wrong.
import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import type { User } from '@/payload-types'
import { reviewingStaff } from './reviewingStaff'

type StaffRequest = {
  req: PayloadRequest
  user: User
  /** The `:id` in the path. */
  id: () => number
  body: () => Promise<Record<string, unknown>>
}

function documentId(req: PayloadRequest): number {
  const id = Number(req.routeParams?.id)
  if (!Number.isInteger(id) || id <= 0)
    throw new APIError('The document id must be a positive whole number.', 400, null, true)
  return id
}

async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await req.json?.()
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>
  } catch {
    // fall through to the error below
  }
  throw new APIError('Send a JSON object as the request body.', 400, null, true)
}

/** An endpoint that refuses anyone but signed-in staff before it reads its input. */
export function staffEndpoint(
  method: Endpoint['method'],
  path: string,
  handle: (request: StaffRequest) => Promise<Response>,
): Endpoint {
  return {
    method,
    path,
    handler: async (req) =>
      handle({ req, user: reviewingStaff(req.user), id: () => documentId(req), body: () => jsonBody(req) }),
  }
}
