// A stable hash of a document's content, so an approval can be tied to the exact version
// approved: any later change of content gives a different fingerprint.
import crypto from 'node:crypto'

/** Kept by the server, not written by authors: they never count as a change of content. */
const NOT_CONTENT = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'readingTime',
  'lastUpdatedAt',
  'firstPublishedAt',
  'useCases',
  'faqs',
  'review',
  'reviewedBy',
  'reviewedAt',
])

/** Rich-text bookkeeping the editor may rewrite on load without any change a reader sees. */
const EDITOR_NOISE = new Set(['direction', 'indent', 'version', 'textFormat', 'textStyle', 'detail', 'mode', 'style'])

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .filter((key) => !EDITOR_NOISE.has(key) && !isEmpty(record[key]))
        .map((key) => [key, normalise(record[key])]),
    )
  }
  return typeof value === 'number' ? String(value) : value
}

/**
 * A populated relationship and its bare id are the same content. Only the fields the schema
 * says are relationships are read this way: rich text is stored as sent, so an `id` and a
 * `createdAt` on a paragraph must not hide its words.
 */
function normaliseRelation(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normaliseRelation)
  if (value && typeof value === 'object' && 'id' in value) return String(value.id)
  return normalise(value)
}

/** `relationships` names the document's relationship and upload fields. */
export function contentFingerprint(doc: Record<string, unknown>, relationships: ReadonlySet<string>): string {
  const content = Object.fromEntries(
    Object.entries(doc)
      .filter(([key, value]) => !NOT_CONTENT.has(key) && !isEmpty(value))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, value]) => [key, relationships.has(key) ? normaliseRelation(value) : normalise(value)]),
  )
  return crypto.createHash('sha256').update(JSON.stringify(content)).digest('hex')
}
