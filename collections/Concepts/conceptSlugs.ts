import type { PayloadRequest } from 'payload'
import { relationIds } from '@/fields/relationId'
import type { Concept } from '@/payload-types'

type ConceptRef = number | Pick<Concept, 'id'> | null | undefined

/** Slugs of the given concepts, read inside the current transaction. */
export async function conceptSlugs(req: PayloadRequest, refs: ConceptRef[]): Promise<string[]> {
  const ids = relationIds(refs)
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'concepts',
    where: { id: { in: ids } },
    select: { slug: true },
    pagination: false,
    depth: 0,
    req,
  })
  return docs.map((doc) => doc.slug)
}
