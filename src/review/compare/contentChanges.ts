// The comparison a reviewer reads: each content field whose text differs between the
// published version and the draft, with the words added and removed marked.
import type { ReviewedCollection } from '@/review/reviewedCollections'
import { REVIEWED_TEXT } from './reviewedText'
import { wordDiff, type TextPart } from './wordDiff'

export type FieldChange = { name: string; label: string; parts: TextPart[] }

type Versions = { draft: Record<string, unknown>; published: Record<string, unknown> | null }

function changedTexts(collection: ReviewedCollection['slug'], { draft, published }: Versions) {
  return REVIEWED_TEXT[collection]
    .map(({ name, label, text }) => ({ name, label, before: published ? text(published) : '', after: text(draft) }))
    .filter(({ before, after }) => before !== after)
}

/** The labels of the fields that differ (no word diff: for lists and counts). */
export function changedFieldLabels(collection: ReviewedCollection['slug'], versions: Versions): string[] {
  return changedTexts(collection, versions).map((change) => change.label)
}

/** Against `published` (null for a document never published: then every filled field is new). */
export function contentChanges(
  collection: ReviewedCollection['slug'],
  draft: Record<string, unknown>,
  published: Record<string, unknown> | null,
): FieldChange[] {
  return changedTexts(collection, { draft, published }).map(({ name, label, before, after }) => ({
    name,
    label,
    parts: wordDiff(before, after),
  }))
}
