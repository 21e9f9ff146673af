// Which cached reads a change makes stale. Lists and every page that shows other
// concepts carry the broad tags; a concept's or use case's own page its slug tag.
export const CONCEPTS_TAG = 'concepts'
export const CATEGORIES_TAG = 'categories'
export const USE_CASES_TAG = 'use-cases'
export const MEDIA_TAG = 'media'

export const conceptTag = (slug: string) => `concept:${slug}`
export const useCaseTag = (slug: string) => `use-case:${slug}`

type Versioned = { _status?: 'draft' | 'published' | null; slug?: string | null } | null | undefined

/**
 * Readers only see published versions, so only a publish, or a change to what was
 * published (unpublish, delete, a first draft edit), matters; autosaves do not.
 */
export function visibleToReaders(doc: Versioned, previousDoc: Versioned): boolean {
  return doc?._status === 'published' || previousDoc?._status === 'published'
}

function slugTags(tagFor: (slug: string) => string, ...docs: Versioned[]): string[] {
  return docs.flatMap((doc) => (doc?.slug ? [tagFor(doc.slug)] : []))
}

export function conceptChangeTags(doc: Versioned, previousDoc: Versioned): string[] {
  if (!visibleToReaders(doc, previousDoc)) return []
  return [...new Set([CONCEPTS_TAG, ...slugTags(conceptTag, doc, previousDoc)])]
}

/**
 * Use cases and FAQs count towards their concepts' "N min read", which concept cards show
 * on every list, so the concept lists go stale with the concept pages.
 */
export function useCaseChangeTags(doc: Versioned, previousDoc: Versioned, conceptSlugs: string[]): string[] {
  if (!visibleToReaders(doc, previousDoc)) return []
  return [
    ...new Set([
      USE_CASES_TAG,
      ...slugTags(useCaseTag, doc, previousDoc),
      CONCEPTS_TAG,
      ...conceptSlugs.map(conceptTag),
    ]),
  ]
}

export function faqChangeTags(doc: Versioned, previousDoc: Versioned, conceptSlugs: string[]): string[] {
  if (!visibleToReaders(doc, previousDoc)) return []
  return [...new Set([CONCEPTS_TAG, ...conceptSlugs.map(conceptTag)])]
}

/** Category names show on every concept card, so concept lists go stale too. */
export function categoryChangeTags(): string[] {
  return [CATEGORIES_TAG, CONCEPTS_TAG]
}

export const NEWSLETTER_TAG = 'newsletter'

/** The archive (its list, pages and feed) changes when an issue is published, that is, sent. */
export function newsletterChangeTags(doc: Versioned, previousDoc: Versioned): string[] {
  return visibleToReaders(doc, previousDoc) ? [NEWSLETTER_TAG] : []
}

/** Images show inside concepts' and use cases' text, so an edited image (its alt text) makes them stale. */
export function mediaChangeTags(): string[] {
  return [MEDIA_TAG, CONCEPTS_TAG, USE_CASES_TAG]
}
