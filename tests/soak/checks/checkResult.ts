export type CheckResult = {
  check: string
  passed: boolean
  /** The figures behind the verdict, in one line. */
  summary: string
  problems: string[]
}

export const checkResult = (check: string, summary: string, problems: string[]): CheckResult => ({
  check,
  passed: problems.length === 0,
  summary,
  problems,
})
