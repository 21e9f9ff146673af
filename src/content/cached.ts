// What pages may read: the site's reads, cached across requests and tagged so a publish expires exactly
// the entries that show the changed document (see cacheTags.ts and revalidate.ts).
import { unstable_cache } from 'next/cache'
import { CATEGORIES_TAG, CONCEPTS_TAG, conceptTag, USE_CASES_TAG, useCaseTag } from './cacheTags'
import type { ConceptFilters } from './conceptFilters'
import { getCategory, listCategories } from './reads/categories'
import { getConceptDraftPage, getConceptPage, listPublishedConcepts } from './reads/concepts'
import { listFeedEntries, listSitemapEntries } from './reads/feeds'
import { getPublishedUseCase, listPublishedUseCases } from './reads/useCases'

export type { CategoryWithCount } from './reads/categories'
export type { ConceptListItem, ConceptPage } from './reads/concepts'
export type { FeedEntry, SitemapEntry } from './reads/feeds'
export type { UseCaseListItem, UseCasePage } from './reads/useCases'

const LISTS = [CONCEPTS_TAG, CATEGORIES_TAG]

export const cachedConcept = (slug: string) =>
  unstable_cache(() => getConceptPage(slug), ['concept', slug], { tags: [conceptTag(slug), ...LISTS] })()

export const cachedConceptList = (filters: Partial<ConceptFilters> = {}) =>
  unstable_cache(() => listPublishedConcepts(filters), ['concept-list', JSON.stringify(filters)], { tags: LISTS })()

export const cachedCategories = unstable_cache(listCategories, ['category-list'], { tags: LISTS })

export const cachedCategory = (slug: string) =>
  unstable_cache(() => getCategory(slug), ['category', slug], { tags: [CATEGORIES_TAG] })()

export const cachedUseCases = unstable_cache(listPublishedUseCases, ['use-case-list'], { tags: [USE_CASES_TAG] })

export const cachedUseCase = (slug: string) =>
  unstable_cache(() => getPublishedUseCase(slug), ['use-case', slug], { tags: [useCaseTag(slug), CONCEPTS_TAG] })()

export const cachedFeedEntries = unstable_cache(listFeedEntries, ['feed'], { tags: LISTS })

/** A concept's latest draft, never cached: only for a signed-in staff member's preview (checked by the caller). */
export const conceptDraftPage = getConceptDraftPage

export const cachedSitemapEntries = unstable_cache(listSitemapEntries, ['sitemap'], {
  tags: [...LISTS, USE_CASES_TAG],
})
