// The soak's figures: printed as tables, and saved as JSON (with the server's error output
// beside it) in tests/soak/results/.
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '@/db/projectPaths'
import type { CheckResult } from './checks/checkResult'
import type { Ledger, Operation } from './ledger'
import type { SoakSettings } from './settings'
import type { Problem, Traffic, TrafficRow } from './traffic'

export type SoakReport = {
  startedAt: string
  settings: SoakSettings
  /** From the start of the clock until the last client stopped. */
  seconds: number
  traffic: TrafficRow[]
  writes: Record<Operation, number> & { 'documents tracked': number }
  refusals: Problem[]
  interruptedCycles: string[]
  checks: CheckResult[]
  passed: boolean
}

const RESULTS_DIR = path.join(projectRoot, 'tests/soak/results')
const LISTED = 20

export function soakReport(
  run: { startedAt: Date; settings: SoakSettings; seconds: number },
  traffic: Traffic,
  ledger: Ledger,
  checks: CheckResult[],
): SoakReport {
  return {
    startedAt: run.startedAt.toISOString(),
    settings: run.settings,
    seconds: Number(run.seconds.toFixed(1)),
    traffic: traffic.rows(run.seconds),
    writes: { ...ledger.operations, 'documents tracked': ledger.documents.size },
    refusals: traffic.problemsOf(['4xx']),
    interruptedCycles: ledger.interruptedCycles,
    checks,
    passed: checks.every((check) => check.passed),
  }
}

function printList(title: string, lines: string[]): void {
  if (lines.length === 0) return
  console.log(`\n${title}`)
  for (const line of lines.slice(0, LISTED)) console.log(`  ${line}`)
  if (lines.length > LISTED) console.log(`  … and ${lines.length - LISTED} more (see the JSON)`)
}

export function printReport(report: SoakReport): void {
  const { settings } = report
  console.log(
    `\nSoak: ${report.seconds} s, ${settings.readers} readers, ${settings.editorialPairs} editorial pairs, started ${report.startedAt}\n`,
  )
  console.table(report.traffic)
  console.log('\nWrites the server accepted\n')
  console.table([report.writes])
  printList(
    '4xx answers, by reason',
    report.refusals.map(({ count, problem }) => `${count}× ${problem}`),
  )
  printList('Editorial cycles stopped early', report.interruptedCycles)
  console.log('\nChecks\n')
  console.table(
    report.checks.map(({ check, passed, summary }) => ({ check, result: passed ? 'PASS' : 'FAIL', figures: summary })),
  )
  for (const check of report.checks) printList(`${check.check}: FAIL`, check.problems)
}

/** Writes the report and the server's error output; returns the report's path. */
export function saveReport(report: SoakReport, serverErrorOutput: string): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  const name = `soak-${report.startedAt.replace(/[:.]/g, '-')}`
  const file = path.join(RESULTS_DIR, `${name}.json`)
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  fs.writeFileSync(path.join(RESULTS_DIR, `${name}.server.log`), serverErrorOutput)
  return path.relative(projectRoot, file)
}
