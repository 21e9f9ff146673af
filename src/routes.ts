// Every URL the site and the admin build, in one place: change a path here and every link,
// feed, sitemap entry, email and preview follows.
import type { ConceptFilters } from '@/content/conceptFilters'
import type { Difficulty } from '@/vocabulary/difficulty'

export const HOME_PATH = '/'
export const CONCEPTS_PATH = '/concepts'
export const CATEGORIES_PATH = '/categories'
export const USE_CASES_PATH = '/use-cases'
export const ABOUT_PATH = '/about'
export const SEARCH_PATH = '/search'
export const NEWSLETTER_PATH = '/newsletter'
export const NEWSLETTER_FEED_PATH = '/newsletter/feed.xml'

export const conceptPath = (slug: string) => `${CONCEPTS_PATH}/${slug}`
export const categoryPath = (slug: string) => `${CATEGORIES_PATH}/${slug}`
export const useCasePath = (slug: string) => `${USE_CASES_PATH}/${slug}`
export const newsletterIssuePath = (slug: string) => `${NEWSLETTER_PATH}/${slug}`

/** The newsletter's sign-up form and its double opt-in (src/newsletter/subscribe). */
export const NEWSLETTER_SIGN_UP_API_PATH = '/api/newsletter/subscribe'
export const NEWSLETTER_CONFIRM_API_PATH = '/api/newsletter/confirm'
export const NEWSLETTER_SIGNED_UP_PATH = `${NEWSLETTER_PATH}/signed-up`
export const NEWSLETTER_SUBSCRIBED_PATH = `${NEWSLETTER_PATH}/subscribed`
export const NEWSLETTER_UNSUBSCRIBED_PATH = `${NEWSLETTER_PATH}/unsubscribed`
/** The sign-up form on the newsletter page, showing why the last sign-up was refused. */
export const newsletterSignUpPath = (error?: string) =>
  `${NEWSLETTER_PATH}${error ? `?${new URLSearchParams({ error })}` : ''}#sign-up`
/** The page the confirmation email links to: it shows a button, as GET alone must never confirm. */
export const newsletterConfirmPath = (token: string) => `${NEWSLETTER_PATH}/confirm?${new URLSearchParams({ token })}`

/** Pages under /newsletter that are not issues: no issue may take their slug. */
export const NEWSLETTER_RESERVED_SLUGS = [
  NEWSLETTER_SIGNED_UP_PATH,
  NEWSLETTER_SUBSCRIBED_PATH,
  NEWSLETTER_UNSUBSCRIBED_PATH,
  NEWSLETTER_FEED_PATH,
  `${NEWSLETTER_PATH}/confirm`,
  `${NEWSLETTER_PATH}/unsubscribe`,
].map((path) => path.slice(NEWSLETTER_PATH.length + 1))

/** The search page's results for a query (and filters or a page): where the header's search form lands. */
export const searchPath = (query: string, more: Record<string, string | number | undefined> = {}) => {
  const params = new URLSearchParams({ q: query })
  for (const [name, value] of Object.entries(more)) if (value !== undefined) params.set(name, String(value))
  return `${SEARCH_PATH}?${params}`
}

/** The search API's first `limit` results for a query, as the header's instant results ask for them. */
export const searchApiPath = (query: string, limit: number) =>
  `/api/search?${new URLSearchParams({ q: query, limit: String(limit) })}`

/** Page `page` of a list whose first page is `firstPage`: `/use-cases`, `/use-cases/page/2`… */
export const listPagePath = (firstPage: string, page: number) => (page > 1 ? `${firstPage}/page/${page}` : firstPage)

/**
 * A page of the concept index: the plain A–Z pages have addresses of their own (built ahead of
 * time); filtered or re-sorted ones are the query string the filter form submits.
 */
export function conceptIndexPath(filters: ConceptFilters, page = 1): string {
  const query = new URLSearchParams()
  if (filters.category) query.set('category', filters.category)
  if (filters.difficulty) query.set('difficulty', filters.difficulty)
  if (filters.sort !== 'name') query.set('sort', filters.sort)
  if (query.size === 0) return listPagePath(CONCEPTS_PATH, page)
  if (page > 1) query.set('page', String(page))
  return `${CONCEPTS_PATH}?${query}`
}

/** The concept index filtered to one difficulty. */
export const conceptsAtDifficulty = (difficulty: Difficulty) => conceptIndexPath({ difficulty, sort: 'name' })

/** Opens a page's draft preview; `back` is the admin page "Exit preview" returns to. */
export function previewPath(pagePath: string, back?: string): string {
  const query = new URLSearchParams({ path: pagePath })
  if (back) query.set('back', back)
  return `/preview?${query}`
}

export const exitPreviewPath = (pagePath: string) => `/preview/exit?${new URLSearchParams({ path: pagePath })}`

/** Collections whose documents have a draft preview on the site, and the page that shows each. */
export const PREVIEWABLE: Partial<Record<string, (slug: string) => string>> = { concepts: conceptPath }

type AdminDocument = { collection: string; id: number | string }

export const adminEditPath = (adminRoute: string, { collection, id }: AdminDocument) =>
  `${adminRoute}/collections/${collection}/${id}`
export const adminReviewPath = (adminRoute: string, { collection, id }: AdminDocument) =>
  `${adminRoute}/review/${collection}/${id}`
export const adminReviewQueuePath = (adminRoute: string) => `${adminRoute}/review-queue`

export const SITEMAP_PATH = '/sitemap.xml'
/** One part of a sitemap too large for one file, listed by the sitemap index at SITEMAP_PATH. */
export const sitemapPartPath = (file: string) => `/sitemaps/${file}`
