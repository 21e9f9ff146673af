import { revalidateTag } from 'next/cache'
import type { PayloadRequest } from 'payload'
import { expireAfterTransaction } from './expireOutsideRequest'

/** Expires the tags in the request Next is serving; throws outside one. */
function expireTagsInRequest(tags: string[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
}

/**
 * Expires cached reads at once, so the first reader after a publish sees it. Called
 * from collection hooks: in a REST or GraphQL request Next applies it when the response
 * is done, after Payload commits the write. A Local API write may run outside any request
 * (the job runner, a CLI task), where Next refuses the call or, in a timer started during
 * an earlier request, accepts it into that finished request and drops it; so the server is
 * asked to do it once the write has committed.
 */
export function expireTags(req: PayloadRequest, tags: string[]): void {
  if (tags.length === 0) return
  if (req.payloadAPI === 'local') return expireAfterTransaction(req, tags)
  try {
    expireTagsInRequest(tags)
  } catch {
    expireAfterTransaction(req, tags)
  }
}
