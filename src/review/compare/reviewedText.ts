// What a reviewer reads of each reviewed collection: its content fields in editors' words,
// each as plain text (rich text by paragraph, lists item by item, relationships by title).
// Bookkeeping (review state, fingerprints, reading time, dates) is left out.
import { nodePlainText } from '@/fields/lexicalPlainText'
import type { ReviewedCollection } from '@/review/reviewedCollections'

export type ReviewedField = { name: string; label: string; text: (doc: Record<string, unknown>) => string }

type LexicalNode = { type?: string; children?: LexicalNode[]; text?: unknown }

function richText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  return (root?.children ?? [])
    .map((block) =>
      block.type === 'list'
        ? (block.children ?? []).map((item) => `• ${nodePlainText(item)}`).join('\n')
        : nodePlainText(block),
    )
    .filter(Boolean)
    .join('\n\n')
}

const plain = (value: unknown) => (value === null || value === undefined ? '' : String(value))

/** A populated document's title or name; an id when the relationship was not populated. */
function titleOf(item: unknown): string {
  if (!item || typeof item !== 'object') return `#${item}`
  const { title, name, id } = item as Record<string, unknown>
  return String(title ?? name ?? `#${id}`)
}

/** A relationship as the titles of what it points at. */
function titles(value: unknown): string {
  if (value === null || value === undefined) return ''
  return (Array.isArray(value) ? value : [value]).map(titleOf).join(', ')
}

/** Array rows (key traits, pitfalls) as "name: explanation", one per line. */
const rows = (nameField: string) => (value: unknown) =>
  (Array.isArray(value) ? (value as Record<string, unknown>[]) : [])
    .map((row) => `${plain(row[nameField])}: ${plain(row.explanation)}`)
    .join('\n')

const field = (name: string, label: string, read: (value: unknown) => string = plain): ReviewedField => ({
  name,
  label,
  text: (doc) => read(doc[name]),
})

export const REVIEWED_TEXT: Record<ReviewedCollection['slug'], ReviewedField[]> = {
  concepts: [
    field('title', 'Title'),
    field('subtitle', 'Subtitle'),
    field('summary', 'Summary'),
    field('body', 'Explanation', richText),
    field('keyTraits', 'Key traits', rows('label')),
    field('pitfalls', 'Pitfalls', rows('title')),
    field('category', 'Category', titles),
    field('difficulty', 'Difficulty'),
    field('related', 'Related concepts', titles),
    field('prerequisites', 'Prerequisites', titles),
    field('aliases', 'Other names', (value) => (Array.isArray(value) ? value.join(', ') : '')),
    field('slug', 'Address (slug)'),
  ],
  faqs: [
    field('question', 'Question'),
    field('answer', 'Answer', richText),
    field('concept', 'Concept', titles),
    field('order', 'Place on the page'),
  ],
  'use-cases': [
    field('title', 'Title'),
    field('organization', 'Organization'),
    field('summary', 'Summary'),
    field('body', 'Story', richText),
    field('concepts', 'Concepts', titles),
    field('link', 'Link'),
    field('year', 'Year'),
    field('slug', 'Address (slug)'),
  ],
  'newsletter-issues': [
    field('subject', 'Subject'),
    field('intro', 'Intro'),
    field('concept', 'Concept', titles),
    field('useCase', 'Use case', titles),
    field('sendAt', 'Send at'),
    field('slug', 'Address (slug)'),
  ],
}
