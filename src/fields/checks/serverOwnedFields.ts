// Fields the server sets, whoever writes: when a document was created and last updated,
// and its status, which is only ever draft or published. Clients through the REST or
// GraphQL API may send them back (the admin does) but cannot choose them.
import { ValidationError, type CollectionBeforeValidateHook, type CollectionConfig } from 'payload'

const STATUSES = new Set(['draft', 'published'])

const keepServerOwnedFields: CollectionBeforeValidateHook = ({ collection, data, operation, originalDoc, req }) => {
  if (!data || req.payloadAPI === 'local') return data
  if ('_status' in data && data._status !== undefined && !STATUSES.has(data._status)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: '_status', message: 'The status must be "draft" or "published".' }],
    })
  }
  // Payload has merged the stored document into `data` by now, and writes whatever it holds.
  const createdAt = operation === 'update' ? originalDoc?.createdAt : undefined
  return { ...data, createdAt, updatedAt: new Date().toISOString() }
}

/** The collection with `keepServerOwnedFields` before its own validation hooks. */
export function withServerOwnedFields(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: { ...hooks, beforeValidate: [keepServerOwnedFields, ...(hooks.beforeValidate ?? [])] },
  }
}
