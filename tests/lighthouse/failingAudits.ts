// The audits that cost a Lighthouse category points, with the elements or resources each one names.
import type { Audit, Result } from 'lighthouse/types/lh.js'
import { detailRows } from './detailRows'

export type FailingAudit = {
  id: string
  title: string
  /** 0–100, as the report shows it. */
  score: number
  /** What the audit measured, e.g. "3.1 s" or "2 resources found". */
  displayValue?: string
  /** Why the page failed, when Lighthouse says so beyond the title. */
  explanation?: string
  /** The rows of the audit's details: each offending element (its selector and what is wrong), resource or check. */
  items: string[]
}

/** Scores of these modes count; the others (manual, informative, not applicable, error) are null or not scored. */
const SCORED_MODES = new Set<Audit.ScoreDisplayMode>(['binary', 'numeric', 'metricSavings'])

/** Lighthouse's report shows an audit as passed from this score up. */
const PASSING_SCORE = 0.9

/** The category's audits below a passing score, heaviest first. */
export function failingAudits(lhr: Result, category: Result.Category): FailingAudit[] {
  return [...category.auditRefs]
    .sort((a, b) => b.weight - a.weight)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => SCORED_MODES.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < PASSING_SCORE)
    .map((audit) => ({
      id: audit.id,
      title: audit.title,
      score: Math.round((audit.score ?? 0) * 100),
      displayValue: audit.displayValue,
      explanation: audit.explanation,
      items: audit.details ? detailRows(audit.details) : [],
    }))
}
