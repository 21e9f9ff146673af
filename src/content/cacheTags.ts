// Which cached reads a change makes stale. Lists carry the broad tags; a concept's or use
// case's own page its slug tag; concept pages, which show other concepts' names, summaries
// and places, the concept links tag.
import type { Concept } from '@/payload-types'
import type { LiveRecord } from './liveChange'

export const CONCEPTS_TAG = 'concepts'
/** What a concept page shows of other concepts: mentions, cards, neighbours, similar concepts. */
export const CONCEPT_LINKS_TAG = 'concept-links'
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
function visibleToReaders(doc: Versioned, previousDoc: Versioned): boolean {
  return doc?._status === 'published' || previousDoc?._status === 'published'
}

function slugTags(tagFor: (slug: string) => string, ...docs: Versioned[]): string[] {
  return docs.flatMap((doc) => (doc?.slug ? [tagFor(doc.slug)] : []))
}

/**
 * What a concept's own page shows and no other concept page does (list cards may, and the
 * concepts tag expires those). A change to any other field reaches other concepts' pages,
 * so a field not named here is treated as shown there.
 */
const OWN_PAGE_ONLY = new Set<keyof Concept>([
  'nameInSentence',
  'subtitle',
  'body',
  'keyTraits',
  'pitfalls',
  'linkMentions',
  'readingTime',
  'lastUpdatedAt',
  'firstPublishedAt',
  'faqs',
  'useCases',
  'review',
  'reviewedBy',
  'reviewedAt',
  'updatedAt',
  'createdAt',
])

function changedFields(before: Partial<Concept>, after: Partial<Concept>): (keyof Concept)[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof Concept)[])
  return [...fields].filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
}

/**
 * Judged by what readers saw before the write and see after it (the concept's main record
 * both times), never by the draft the write started from: a draft save changes nothing, an
 * edit to the concept's own words expires its page and the lists, and a change to what other
 * pages show of it (its name, summary, place or links), a publish or an unpublish expires
 * every concept page too.
 */
export function conceptChangeTags(before: LiveRecord<'concepts'>, after: LiveRecord<'concepts'>): string[] {
  const wasLive = before?._status === 'published'
  const isLive = after?._status === 'published'
  if (!wasLive && !isLive) return []
  const changed: (keyof Concept)[] = before && after ? changedFields(before, after) : ['_status']
  if (changed.length === 0) return []
  const reachesOtherPages = changed.some((field) => !OWN_PAGE_ONLY.has(field))
  return [
    ...new Set([
      CONCEPTS_TAG,
      ...(reachesOtherPages ? [CONCEPT_LINKS_TAG] : []),
      ...slugTags(conceptTag, before, after),
    ]),
  ]
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
