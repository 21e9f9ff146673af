// The server side of `expireOutsideRequest`: expires the given cache tags inside a request,
// where Next allows it. Only this app's own processes hold the token.
import crypto from 'node:crypto'
import { APIError, type Endpoint } from 'payload'
import { EXPIRE_TAGS_PATH } from './expireOutsideRequest'
import { expireTagsInRequest } from './revalidate'
import { tagExpiryToken } from './tagExpiryToken'

const MAX_TAGS = 500
const MAX_TAG_LENGTH = 256

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

function tagsFrom(body: unknown): string[] {
  const tags = (body as { tags?: unknown } | null)?.tags
  const valid =
    Array.isArray(tags) &&
    tags.length <= MAX_TAGS &&
    tags.every((tag) => typeof tag === 'string' && tag.length > 0 && tag.length <= MAX_TAG_LENGTH)
  if (!valid) throw new APIError(`Send {"tags": [...]} with 1 to ${MAX_TAGS} cache tags.`, 400, null, true)
  return tags
}

export const expireTagsEndpoint: Endpoint = {
  path: EXPIRE_TAGS_PATH.replace(/^\/api/, ''),
  method: 'post',
  handler: async (req) => {
    const token = req.headers.get('authorization')?.replace(/^Bearer /, '') ?? ''
    if (!sameToken(token, tagExpiryToken(req.payload))) {
      return Response.json({ errors: [{ message: 'Not allowed.' }] }, { status: 401 })
    }
    const body: unknown = await req.json?.().catch(() => null)
    const tags = tagsFrom(body)
    expireTagsInRequest(tags)
    return Response.json({ expired: tags.length })
  },
}
