// What pages may read: the site's reads, cached across requests and tagged so a publish expires exactly
// the entries that show the changed document (see cacheTags.ts and revalidate.ts).
import { unstable_cache } from 'next/cache'
import { CATEGORIES_TAG, CONCEPTS_TAG, conceptTag, NEWSLETTER_TAG, USE_CASES_TAG, useCaseTag } from './cacheTags'
import type { ConceptFilters } from './conceptFilters'
import { getCategory, listCategories } from './reads/categories'
import { getConceptDraftPage, getConceptPage, listPublishedConcepts } from './reads/concepts'
import { listFeedEntries, listSitemapEntries } from './reads/feeds'
import { getPublishedUseCase, listPublishedUseCases } from './reads/useCases'
import { getSentIssue, listSentIssues } from './reads/newsletter'
import type { SearchRequest } from '@/search/query/searchRequest'
import { runSearch } from '@/search/runSearch'
import { listStartingPoints } from '@/search/startingPoints'
import { listMentionTargets } from '@/search/mentions/mentionTargets'
import { listSimilarConcepts } from '@/search/similarConcepts'
import { listFacetTotals } from '@/search/facetTotals'
import { searchDb } from '@/search/searchDb'
import { searchReader } from '@/search/searchReader'
import { payloadClient } from './payloadClient'

export type { CategoryWithCount } from './reads/categories'
export type { ConceptListItem, ConceptPage } from './reads/concepts'
export type { FeedEntry, SitemapEntry } from './reads/feeds'
export type { UseCaseListItem, UseCasePage } from './reads/useCases'
export type { SentIssue, SentIssueListItem } from './reads/newsletter'

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

export const cachedSentIssues = unstable_cache(listSentIssues, ['newsletter-archive'], { tags: [NEWSLETTER_TAG] })

/** A sent issue's page shows its concept and use case as they read now. */
export const cachedSentIssue = (slug: string) =>
  unstable_cache(() => getSentIssue(slug), ['newsletter-issue', slug], {
    tags: [NEWSLETTER_TAG, CONCEPTS_TAG, USE_CASES_TAG],
  })()

/** A concept's latest draft, never cached: only for a signed-in staff member's preview (checked by the caller). */
export const conceptDraftPage = getConceptDraftPage

export const cachedSitemapEntries = unstable_cache(listSitemapEntries, ['sitemap'], {
  tags: [...LISTS, USE_CASES_TAG],
})

/** The search page's suggestions before a query: they change when concepts are published. */
export const cachedStartingPoints = unstable_cache(
  async () => listStartingPoints(searchDb(await payloadClient())),
  ['search-starting-points'],
  { tags: [CONCEPTS_TAG, CATEGORIES_TAG] },
)

/** The search index (only published documents are in it), for reads that are never cached. */
export const searchIndex = async () => searchReader(await payloadClient())

/** Search results: never cached, as queries are unbounded. */
export const searchPublished = async (request: SearchRequest) => runSearch(await searchIndex(), request)

/** Every published concept a body may link to, by title or alias: the auto-link dictionary. */
export const cachedMentionTargets = unstable_cache(
  async () => listMentionTargets(searchDb(await payloadClient())),
  ['mention-targets'],
  { tags: LISTS },
)

/** For a concept with no related concepts picked: the most similar published ones. */
export const cachedSimilarConcepts = (slug: string) =>
  unstable_cache(async () => listSimilarConcepts(searchDb(await payloadClient()), slug), ['similar-concepts', slug], {
    tags: [conceptTag(slug), ...LISTS],
  })()

/** The search filters' counts before a query: they change when concepts or use cases are published. */
export const cachedFacetTotals = unstable_cache(
  async () => listFacetTotals(searchDb(await payloadClient())),
  ['search-facet-totals'],
  { tags: [...LISTS, USE_CASES_TAG] },
)
