// What pages may read: the site's reads, cached across requests and tagged so a publish expires exactly
// the entries that show the changed document (see cacheTags.ts and revalidate.ts).
import { unstable_cache } from 'next/cache'
import {
  CATEGORIES_TAG,
  CONCEPT_LINKS_TAG,
  CONCEPTS_TAG,
  conceptTag,
  MEDIA_TAG,
  NEWSLETTER_TAG,
  USE_CASES_TAG,
  useCaseTag,
} from './cacheTags'
import type { ConceptFilters } from './conceptFilters'
import { getCategory, listCategories } from './reads/categories'
import { getConceptDraftPage, getConceptPage, listConceptPage, listRecentConceptSlugs } from './reads/concepts'
import { countSitemapEntries, listFeedEntries, listSitemapPart, type SitemapCollection } from './reads/feeds'
import { readHomeSelection, readLearningPaths } from './reads/home'
import { isoWeek } from './homeSelection'
import { listLetterStarts } from './reads/publishedIndex'
import { getPublishedUseCase, listUseCasePage } from './reads/useCases'
import { getSentIssue, listSentIssues } from './reads/newsletter'
import type { SearchRequest } from '@/search/query/searchRequest'
import { runSearch } from '@/search/runSearch'
import { listStartingPoints } from '@/search/startingPoints'
import { listMentionTargets } from '@/search/mentions/mentionTargets'
import { mentionDictionary } from '@/search/mentions/mentionDictionary'
import { listSimilarConcepts } from '@/search/similarConcepts'
import { listFacetTotals } from '@/search/facetTotals'
import { searchDb } from '@/search/searchDb'
import { searchReader } from '@/search/searchReader'
import { payloadClient } from './payloadClient'
import { keptUntilExpired } from '@/cache/keptUntilExpired'

export type { CategoryWithCount } from './reads/categories'
export type { ConceptListItem, ConceptListPage, ConceptPage } from './reads/concepts'
export type { FeedEntry, SitemapEntry } from './reads/feeds'
export type { UseCaseListItem, UseCaseListPage, UseCasePage } from './reads/useCases'
export type { LearningPath, HomeSelection } from './reads/home'
export type { LetterStart } from './reads/publishedIndex'
export type { SentIssue, SentIssueListItem } from './reads/newsletter'

const LISTS = [CONCEPTS_TAG, CATEGORIES_TAG]
/**
 * What a concept page shows besides its own concept: other concepts' names, summaries and places,
 * its category, and images. An edit to another concept's own words leaves the page cached.
 */
const CONCEPT_PAGE = [CONCEPT_LINKS_TAG, CATEGORIES_TAG, MEDIA_TAG]

export const cachedConcept = (slug: string) =>
  unstable_cache(() => getConceptPage(slug), ['concept', slug], { tags: [conceptTag(slug), ...CONCEPT_PAGE] })()

/** One page of the index (or of a category) for the filters. */
export const cachedConceptPage = (filters: Partial<ConceptFilters>, page: number) =>
  unstable_cache(() => listConceptPage(filters, page), ['concept-page', JSON.stringify(filters), String(page)], {
    tags: LISTS,
  })()

/** Where each letter starts in the A–Z index for the filters: what the letter jumps link to. */
export const cachedLetterStarts = (filters: Partial<ConceptFilters>) =>
  unstable_cache(() => listLetterStarts(filters), ['letter-starts', JSON.stringify(filters)], { tags: LISTS })()

/** The concept pages a build renders ahead of time; the rest render on first request. */
export const cachedRecentConceptSlugs = (limit: number) =>
  unstable_cache(() => listRecentConceptSlugs(limit), ['recent-concept-slugs', String(limit)], { tags: LISTS })()

/** The home page's picks; the concept of the week changes with the ISO week. */
export const cachedHomeSelection = (now: Date) => {
  const { year, week } = isoWeek(now)
  return unstable_cache(() => readHomeSelection(now), ['home', `${year}-W${week}`], { tags: LISTS })()
}

/**
 * The not-found page's suggestions: the first concepts by title at each level, shown as names and
 * summaries. Next renders the not-found page into every page's payload, so every page carries
 * these tags: they are the concept links', which an edit of a concept's own words leaves alone.
 */
export const cachedLearningPaths = (perLevel: number) =>
  unstable_cache(() => readLearningPaths(perLevel), ['learning-paths', String(perLevel)], { tags: CONCEPT_PAGE })()

export const cachedCategories = unstable_cache(listCategories, ['category-list'], { tags: LISTS })

export const cachedCategory = (slug: string) =>
  unstable_cache(() => getCategory(slug), ['category', slug], { tags: [CATEGORIES_TAG] })()

export const cachedUseCasePage = (page: number) =>
  unstable_cache(() => listUseCasePage(page), ['use-case-page', String(page)], { tags: [USE_CASES_TAG] })()

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

const SITEMAP_TAGS = [...LISTS, USE_CASES_TAG]

export const cachedSitemapTotals = unstable_cache(countSitemapEntries, ['sitemap-totals'], { tags: SITEMAP_TAGS })

export const cachedSitemapPart = (collection: SitemapCollection, part: number) =>
  unstable_cache(() => listSitemapPart(collection, part), ['sitemap-part', collection, String(part)], {
    tags: SITEMAP_TAGS,
  })()

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

const cachedMentionTargets = unstable_cache(
  async () => listMentionTargets(searchDb(await payloadClient())),
  ['mention-targets'],
  { tags: CONCEPT_PAGE },
)

/**
 * Every published concept a body may link to, by title or alias: the auto-link dictionary,
 * built once per change to the concepts (the concept page's own read carries the same tags).
 */
export const cachedMentionDictionary = keptUntilExpired(CONCEPT_PAGE, async () =>
  mentionDictionary(await cachedMentionTargets()),
)

/** For a concept with no related concepts picked: the most similar published ones. */
export const cachedSimilarConcepts = (slug: string) =>
  unstable_cache(async () => listSimilarConcepts(searchDb(await payloadClient()), slug), ['similar-concepts', slug], {
    tags: [conceptTag(slug), ...CONCEPT_PAGE],
  })()

/** The search filters' counts before a query: they change when concepts or use cases are published. */
export const cachedFacetTotals = unstable_cache(
  async () => listFacetTotals(searchDb(await payloadClient())),
  ['search-facet-totals'],
  { tags: [...LISTS, USE_CASES_TAG] },
)
