import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'
import { conceptChangeTags, type LiveConcept } from '@/content/cacheTags'
import { expireTags } from '@/content/revalidate'
import type { Concept } from '@/payload-types'

/** The concept's main record, which is what readers see: Payload keeps drafts in its versions. */
async function liveConcept(req: PayloadRequest, id: number): Promise<LiveConcept> {
  const main = await req.payload.db.findOne<Concept>({
    collection: 'concepts',
    where: { id: { equals: id } },
    req,
  })
  return main ?? undefined
}

const liveBeforeKey = (id: number) => `concepts:live-before:${id}`

/** Before an update nothing recorded: counted as a live concept whose every field may change. */
const UNRECORDED: LiveConcept = { _status: 'published' }

/** Before an update: what readers see now, so that the write is judged by what it changes for them. */
export const rememberLiveConcept: CollectionBeforeChangeHook<Concept> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc)
    req.context[liveBeforeKey(originalDoc.id)] = await liveConcept(req, originalDoc.id)
  return data
}

export const revalidateConceptAfterChange: CollectionAfterChangeHook<Concept> = async ({ doc, operation, req }) => {
  const key = liveBeforeKey(doc.id)
  const before =
    operation === 'create' ? undefined : key in req.context ? (req.context[key] as LiveConcept) : UNRECORDED
  delete req.context[key]
  expireTags(req, conceptChangeTags(before, await liveConcept(req, doc.id)))
  return doc
}

/** A deleted concept may have been live whatever its latest draft says: it is treated as leaving. */
export const revalidateConceptAfterDelete: CollectionAfterDeleteHook<Concept> = ({ doc, req }) => {
  expireTags(req, conceptChangeTags({ slug: doc.slug, _status: 'published' }, undefined))
  return doc
}
