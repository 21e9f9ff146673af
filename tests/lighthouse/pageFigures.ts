// One page's figures from its Lighthouse runs: the run with the median performance score stands for the page.
import type { Result } from 'lighthouse'
import { failingAudits, type FailingAudit } from './failingAudits'
import { CATEGORY_IDS, CATEGORY_TARGETS, type CategoryId } from './targets'

export type CategoryFigures = {
  /** 0–100, or null when Lighthouse could not score the category. */
  score: number | null
  target: number
  met: boolean
  failing: FailingAudit[]
}

export type PageFigures = {
  page: string
  /** Every run in run order: its performance score, and Lighthouse's measure of the CPU's speed meanwhile
   * (`benchmarkIndex`: higher is faster; it drops when other work shares the cores, and the scores with it). */
  runs: { performance: number | null; benchmarkIndex: number }[]
  warnings: string[]
  categories: Record<CategoryId, CategoryFigures>
  /** The full report of the median run. */
  report: Result
}

function score(lhr: Result, id: CategoryId): number | null {
  const value = lhr.categories[id]?.score
  return value === null || value === undefined ? null : Math.round(value * 100)
}

function medianRun(runs: Result[]): Result {
  const sorted = [...runs].sort((a, b) => (score(a, 'performance') ?? -1) - (score(b, 'performance') ?? -1))
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

function categoryFigures(lhr: Result, id: CategoryId): CategoryFigures {
  const value = score(lhr, id)
  const category = lhr.categories[id]
  return {
    score: value,
    target: CATEGORY_TARGETS[id],
    met: value !== null && value >= CATEGORY_TARGETS[id],
    failing: category ? failingAudits(lhr, category) : [],
  }
}

export function pageFigures(page: string, runs: Result[]): PageFigures {
  const median = medianRun(runs)
  return {
    page,
    runs: runs.map((run) => ({
      performance: score(run, 'performance'),
      benchmarkIndex: run.environment.benchmarkIndex,
    })),
    warnings: median.runWarnings,
    categories: Object.fromEntries(CATEGORY_IDS.map((id) => [id, categoryFigures(median, id)])) as Record<
      CategoryId,
      CategoryFigures
    >,
    report: median,
  }
}

export function missesATarget(figures: PageFigures): boolean {
  return CATEGORY_IDS.some((id) => !figures.categories[id].met)
}
