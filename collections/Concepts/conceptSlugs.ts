import type { PayloadRequest } from 'payload'
import type { Concept } from '../../src/payload-types'

type ConceptRef = number | Pick<Concept, 'id'> | null | undefined

export function conceptIdOf(ref: ConceptRef): number | undefined {
  return typeof ref === 'object' && ref !== null ? ref.id : (ref ?? undefined)
}

/** Slugs of the given concepts, read inside the current transaction. */
export async function conceptSlugs(req: PayloadRequest, refs: ConceptRef[]): Promise<string[]> {
  const ids = [...new Set(refs.map(conceptIdOf).filter((id): id is number => id !== undefined))]
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
