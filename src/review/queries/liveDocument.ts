import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

/** Whether readers see this document now: its main record (not its latest draft) is published. */
export async function isDocumentLive(
  payload: Payload,
  collection: string,
  id: number | string,
  req?: PayloadRequest,
): Promise<boolean> {
  const main = await payload.db.findOne<{ id: number; _status?: string }>({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    req,
  })
  return main?._status === 'published'
}
