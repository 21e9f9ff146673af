// What a write changed for readers. Readers see a document's main record: Payload keeps drafts
// in its versions, and the `previousDoc` its hooks get is the latest version, which may be a
// draft. So a write is judged by the main record before it and after it, never by the draft it
// started from: unpublishing a document with a draft waiting takes it from readers, although
// its previous version was a draft too.
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  DataFromCollectionSlug,
  PayloadRequest,
} from 'payload'

type ShownCollection = 'concepts' | 'faqs' | 'use-cases'

/** A document's main record, or undefined when there is none yet. */
export type LiveRecord<Slug extends ShownCollection> = Partial<DataFromCollectionSlug<Slug>> | undefined

export type LiveChange<Slug extends ShownCollection> = {
  id: number
  before: LiveRecord<Slug>
  after: LiveRecord<Slug>
}

/** Something readers see that must follow a change to what they see (search rows, pages, counts). */
export type LiveChangeEffect<Slug extends ShownCollection> = (
  change: LiveChange<Slug>,
  req: PayloadRequest,
) => Promise<unknown> | unknown

async function mainRecord<Slug extends ShownCollection>(
  req: PayloadRequest,
  collection: Slug,
  id: number,
): Promise<LiveRecord<Slug>> {
  const main = await req.payload.db.findOne<DataFromCollectionSlug<Slug>>({
    collection,
    where: { id: { equals: id } },
    req,
  })
  return main ?? undefined
}

/** Before an update nothing recorded: counted as a live document whose every field may change. */
const UNRECORDED = { _status: 'published' } as const satisfies LiveRecord<ShownCollection>

function readersNoticed(before: LiveRecord<ShownCollection>, after: LiveRecord<ShownCollection>): boolean {
  if (before?._status !== 'published' && after?._status !== 'published') return false
  // A draft save leaves the main record as it was; any other update stamps it anew.
  return !(before?.updatedAt && before.updatedAt === after?.updatedAt)
}

/**
 * Hooks that run `effects`, in order, after each write that changes what readers see of a
 * document: a publish, an unpublish, a published edit. Draft saves and autosaves run none.
 */
export function afterLiveChange<Slug extends ShownCollection>(
  collection: Slug,
  effects: LiveChangeEffect<Slug>[],
): { beforeChange: CollectionBeforeChangeHook; afterChange: CollectionAfterChangeHook } {
  const beforeKey = (id: number | string) => `${collection}:live-before:${id}`
  return {
    beforeChange: async ({ data, operation, originalDoc, req }) => {
      if (operation === 'update' && originalDoc) {
        req.context[beforeKey(originalDoc.id)] = await mainRecord(req, collection, Number(originalDoc.id))
      }
      return data
    },
    afterChange: async ({ doc, operation, req }) => {
      const id = Number(doc.id)
      const key = beforeKey(id)
      // Taken before the effects run: a write they make to this document records its own.
      const before =
        operation === 'create'
          ? undefined
          : key in req.context
            ? (req.context[key] as LiveRecord<Slug>)
            : (UNRECORDED as LiveRecord<Slug>)
      delete req.context[key]
      const after = await mainRecord(req, collection, id)
      if (!readersNoticed(before, after)) return doc
      for (const effect of effects) await effect({ id, before, after }, req)
      return doc
    },
  }
}
