// Every answer the soak's clients got, by kind of request: how many of each status class,
// how long each took, and why each refusal or failure happened.
import { percentile } from '../support/latency'

export const REQUEST_KINDS = ['page', 'api read', 'sign-in', 'draft save', 'review move', 'check'] as const
export type RequestKind = (typeof REQUEST_KINDS)[number]

export const STATUS_CLASSES = ['2xx', '3xx', '4xx', '5xx', 'no answer'] as const
export type StatusClass = (typeof STATUS_CLASSES)[number]

/** Requests made before or after the clock runs, so they have no rate. */
const UNTIMED_KINDS: ReadonlySet<RequestKind> = new Set(['sign-in', 'check'])

export function statusClassOf(status: number | null): StatusClass {
  if (status === null) return 'no answer'
  if (status < 300) return '2xx'
  if (status < 400) return '3xx'
  return status < 500 ? '4xx' : '5xx'
}

type Tally = { latencies: number[]; classes: Record<StatusClass, number> }

export type TrafficRow = { kind: RequestKind; requests: number; 'req/s': number | null } & Record<
  StatusClass,
  number
> & {
    'p50 ms': number | null
    'p95 ms': number | null
  }

export type Problem = { statusClass: StatusClass; problem: string; count: number }

const emptyTally = (): Tally => ({
  latencies: [],
  classes: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, 'no answer': 0 },
})

const rounded = (value: number | undefined) => (value === undefined ? null : Number(value.toFixed(1)))

export class Traffic {
  private readonly tallies = new Map<RequestKind, Tally>()
  private readonly problems = new Map<string, Problem>()

  /** One answer; `problem` (what was asked and why it failed) for anything but a 2xx or 3xx. */
  record(kind: RequestKind, status: number | null, ms: number, problem: string): void {
    const tally = this.tallies.get(kind) ?? emptyTally()
    this.tallies.set(kind, tally)
    const statusClass = statusClassOf(status)
    tally.classes[statusClass] += 1
    tally.latencies.push(ms)
    if (statusClass === '2xx' || statusClass === '3xx') return
    const key = `${statusClass} ${problem}`
    const known = this.problems.get(key) ?? { statusClass, problem, count: 0 }
    known.count += 1
    this.problems.set(key, known)
  }

  count(statusClass: StatusClass): number {
    return [...this.tallies.values()].reduce((sum, tally) => sum + tally.classes[statusClass], 0)
  }

  /** One row per kind of request; the rate is over the `seconds` the clock ran. */
  rows(seconds: number): TrafficRow[] {
    return REQUEST_KINDS.flatMap((kind) => {
      const tally = this.tallies.get(kind)
      if (!tally) return []
      const sorted = [...tally.latencies].sort((a, b) => a - b)
      const requests = sorted.length
      return [
        {
          kind,
          requests,
          'req/s': UNTIMED_KINDS.has(kind) ? null : Number((requests / seconds).toFixed(1)),
          ...tally.classes,
          'p50 ms': rounded(percentile(sorted, 50)),
          'p95 ms': rounded(percentile(sorted, 95)),
        },
      ]
    })
  }

  problemsOf(statusClasses: StatusClass[]): Problem[] {
    return [...this.problems.values()]
      .filter((problem) => statusClasses.includes(problem.statusClass))
      .sort((a, b) => b.count - a.count)
  }
}
