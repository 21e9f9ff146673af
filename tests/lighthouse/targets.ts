// What `npm run lighthouse` audits, how many times, and the score each category must reach.
export const PAGES = ['/', '/concepts/foundation-model']

/** Lighthouse runs per page; the run with the median performance score stands for the page. */
export const RUNS_PER_PAGE = Number(process.env.LIGHTHOUSE_RUNS ?? 3)

export const CATEGORY_TARGETS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 95,
  seo: 100,
} as const

export type CategoryId = keyof typeof CATEGORY_TARGETS

export const CATEGORY_IDS = Object.keys(CATEGORY_TARGETS) as CategoryId[]

export const CATEGORY_LABELS: Record<CategoryId, string> = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
  seo: 'SEO',
}
