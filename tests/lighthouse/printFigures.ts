// Prints the scores table and, for each category under its target, the audits that failed.
import type { CategoryFigures, PageFigures } from './pageFigures'
import { CATEGORY_IDS, CATEGORY_LABELS } from './targets'

/** Elements listed per failing audit; the JSON summary keeps them all. */
const ITEMS_SHOWN = 8

function scoreCell({ score, target, met }: CategoryFigures): string {
  if (score === null) return 'no score'
  return met ? String(score) : `${score} < ${target}`
}

export function printScores(pages: PageFigures[]): void {
  console.table(
    pages.map((figures) => ({
      page: figures.page,
      ...Object.fromEntries(CATEGORY_IDS.map((id) => [CATEGORY_LABELS[id], scoreCell(figures.categories[id])])),
      'performance runs': figures.runs.map((run) => run.performance ?? '–').join(' / '),
      'CPU benchmark': figures.runs.map((run) => Math.round(run.benchmarkIndex)).join(' / '),
    })),
  )
}

export function printFailingAudits(pages: PageFigures[]): void {
  for (const figures of pages) {
    for (const warning of figures.warnings) console.log(`\n${figures.page}: Lighthouse warns: ${warning}`)
    for (const id of CATEGORY_IDS) {
      const category = figures.categories[id]
      if (category.met) continue
      console.log(
        `\n${figures.page}, ${CATEGORY_LABELS[id]} ${category.score ?? 'unscored'} (target ${category.target}):`,
      )
      for (const audit of category.failing) {
        const measured = audit.displayValue ? ` (${audit.displayValue})` : ''
        console.log(`  - ${audit.title}${measured} [${audit.id}, score ${audit.score}]`)
        if (audit.explanation) console.log(`      ${audit.explanation}`)
        for (const item of audit.items.slice(0, ITEMS_SHOWN)) console.log(`      ${item}`)
        if (audit.items.length > ITEMS_SHOWN) console.log(`      …and ${audit.items.length - ITEMS_SHOWN} more`)
      }
    }
  }
}
