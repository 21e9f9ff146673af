// Loads what the review view shows: a document's draft against its published version,
// and, for a concept, the same for every FAQ and use case reviewed with it.
import type { Payload } from 'payload'
import { companionsOf, PENDING_STATES } from '@/review/hooks/companions'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '@/review/reviewedCollections'
import { REVIEW_STATE_LABELS, type ReviewState } from '@/review/rules/transitions'
import { contentChanges, type FieldChange } from './contentChanges'

export type DocumentComparison = {
  collection: ReviewedCollection['slug']
  label: string
  id: number
  title: string
  /** Never published: every field is new. */
  isNew: boolean
  state: ReviewState
  stateLabel: string
  changes: FieldChange[]
}

export type ReviewComparison = DocumentComparison & { companions: DocumentComparison[] }

type Doc = Record<string, unknown> & { _status?: string | null; review?: { state?: ReviewState | null } | null }

async function compareDocument(
  payload: Payload,
  collection: ReviewedCollection['slug'],
  id: number,
): Promise<DocumentComparison> {
  const read = (draft: boolean) =>
    payload.findByID({ collection, id, draft, depth: 1, overrideAccess: true }) as Promise<unknown> as Promise<Doc>
  const [draft, main] = await Promise.all([read(true), read(false)])
  const published = main._status === 'published' ? main : null
  const { label, titleField } = REVIEWED_COLLECTIONS[collection]
  const state = draft.review?.state ?? 'draft'
  return {
    collection,
    label,
    id,
    title: String(draft[titleField] ?? ''),
    isNew: published === null,
    state,
    stateLabel: REVIEW_STATE_LABELS[state],
    changes: contentChanges(collection, draft, published),
  }
}

export async function reviewComparison(
  payload: Payload,
  collection: ReviewedCollection,
  id: number,
): Promise<ReviewComparison> {
  const document = await compareDocument(payload, collection.slug, id)
  if (!collection.hasCompanions) return { ...document, companions: [] }
  const companions = await companionsOf(payload, id, PENDING_STATES)
  return {
    ...document,
    companions: await Promise.all(
      companions.map((companion) => compareDocument(payload, companion.collection, companion.id)),
    ),
  }
}
