import type { Payload, PayloadRequest, Where } from 'payload'
import type { ReviewedCollection } from '@/review/reviewedCollections'

/** The id of a document's newest version (matching `where`, if given). */
export async function newestVersionId(
  payload: Payload,
  collection: ReviewedCollection['slug'],
  id: number,
  { where = {}, req }: { where?: Where; req?: PayloadRequest } = {},
): Promise<string | undefined> {
  const versions = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, where] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: {},
  })
  const newest = versions.docs[0]
  return newest ? String(newest.id) : undefined
}
