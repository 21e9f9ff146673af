// Reading the parts of a review endpoint's request, with a 400 that says what is wrong.
import { APIError, type PayloadRequest } from 'payload'

export function documentId(req: PayloadRequest): number {
  const id = Number(req.routeParams?.id)
  if (!Number.isInteger(id) || id <= 0)
    throw new APIError('The document id must be a positive whole number.', 400, null, true)
  return id
}

export async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await req.json?.()
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>
  } catch {
    // fall through to the error below
  }
  throw new APIError('Send a JSON object as the request body.', 400, null, true)
}
