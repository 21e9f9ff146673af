// Keeps every REST and GraphQL list read small, whoever asks: Payload would otherwise
// return every document for `limit=0` or `pagination=false`, and any `limit` or `depth` asked.
import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

/** The most documents one API read returns. */
export const MAX_API_PAGE_SIZE = 100
/** How many levels of relationships one REST read populates at most. */
export const MAX_API_DEPTH = 3

type ReadArgs = { limit?: number; pagination?: boolean; depth?: number; currentDepth?: number }

const boundApiRead: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local') return args
  const { limit, depth, currentDepth } = args as ReadArgs
  // Payload's own reads that populate an API answer's relationships and joins carry the depth
  // they populate at; bounded like the API read itself, a page of 100 would lose all but 100.
  if (currentDepth !== undefined) return args
  const wanted = typeof limit === 'number' && limit > 0 ? limit : MAX_API_PAGE_SIZE
  return {
    ...args,
    pagination: true,
    limit: Math.min(wanted, MAX_API_PAGE_SIZE),
    ...(typeof depth === 'number' ? { depth: Math.min(depth, MAX_API_DEPTH) } : {}),
  }
}

/** The collection with `boundApiRead` before its own operation hooks. */
export function withBoundApiReads(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return { ...collection, hooks: { ...hooks, beforeOperation: [boundApiRead, ...(hooks.beforeOperation ?? [])] } }
}
