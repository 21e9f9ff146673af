// The comparison a reviewer reads: each content field whose text differs between the
// published version and the draft, with the words added and removed marked.
import type { ReviewedCollection } from '../reviewedCollections'
import { REVIEWED_TEXT } from './reviewedText'
import { wordDiff, type TextPart } from './wordDiff'

export type FieldChange = { name: string; label: string; parts: TextPart[] }

/** Against `published` (null for a document never published: then every filled field is new). */
export function contentChanges(
  collection: ReviewedCollection['slug'],
  draft: Record<string, unknown>,
  published: Record<string, unknown> | null,
): FieldChange[] {
  return REVIEWED_TEXT[collection].flatMap(({ name, label, text }) => {
    const before = published ? text(published) : ''
    const after = text(draft)
    return before === after ? [] : [{ name, label, parts: wordDiff(before, after) }]
  })
}
