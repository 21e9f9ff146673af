// Every URL the site and the admin build, in one place: change a path here and every link,
// feed, sitemap entry, email and preview follows.
import type { Difficulty } from '@/vocabulary/difficulty'

export const HOME_PATH = '/'
export const CONCEPTS_PATH = '/concepts'
export const CATEGORIES_PATH = '/categories'
export const USE_CASES_PATH = '/use-cases'
export const ABOUT_PATH = '/about'
export const SEARCH_PATH = '/search'

export const conceptPath = (slug: string) => `${CONCEPTS_PATH}/${slug}`
export const categoryPath = (slug: string) => `${CATEGORIES_PATH}/${slug}`
export const useCasePath = (slug: string) => `${USE_CASES_PATH}/${slug}`

/** The search page's results for a query (and filters or a page): where the header's search form lands. */
export const searchPath = (query: string, more: Record<string, string | number | undefined> = {}) => {
  const params = new URLSearchParams({ q: query })
  for (const [name, value] of Object.entries(more)) if (value !== undefined) params.set(name, String(value))
  return `${SEARCH_PATH}?${params}`
}

/** The search API's first `limit` results for a query, as the header's instant results ask for them. */
export const searchApiPath = (query: string, limit: number) =>
  `/api/search?${new URLSearchParams({ q: query, limit: String(limit) })}`

/** The concept index filtered to one difficulty. */
export const conceptsAtDifficulty = (difficulty: Difficulty) => `${CONCEPTS_PATH}?difficulty=${difficulty}`

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
