// (1) No request of the whole run, checks included, got a 5xx or went unanswered. Refusals
// (4xx) are counted apart: the report lists each reason so every one is explained.
import type { Traffic } from '../traffic'
import { checkResult, type CheckResult } from './checkResult'

export function checkNoServerErrors(traffic: Traffic): CheckResult {
  const failures = traffic.problemsOf(['5xx', 'no answer'])
  return checkResult(
    'No 5xx, none unanswered',
    `${traffic.count('5xx')} 5xx, ${traffic.count('no answer')} unanswered; ${traffic.count('4xx')} 4xx (reasons listed)`,
    failures.map(({ count, statusClass, problem }) => `${count}× ${statusClass} ${problem}`),
  )
}
