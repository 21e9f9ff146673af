// Payload deletes a document's lock on every save, autosaves included (payload#11604,
// #14477), so while one person types, the lock exists only between keystrokes and a second
// person can open the document and overwrite their work. After each autosave the lock is
// set again, for the person who saved, in the same transaction: the second person meets
// the "someone is editing" dialog, and their own saves are refused with 423 Locked.
import type { CollectionAfterChangeHook } from 'payload'

export const keepLockThroughAutosave: CollectionAfterChangeHook = async ({ doc, req, collection, operation }) => {
  const isAutosave = String(req.query?.autosave) === 'true'
  if (operation !== 'update' || !req.user || !isAutosave) return doc
  await req.payload.db.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: collection.slug, value: doc.id },
      user: { relationTo: req.user.collection, value: req.user.id },
    },
    req,
    returning: false,
  })
  return doc
}
