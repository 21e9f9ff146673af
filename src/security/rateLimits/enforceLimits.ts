import type { Payload } from 'payload'
import { LIMITS, type LimitName } from './limits'
import { dropExpired, hit } from './rateLimitStore'
import { TooManyRequests } from './tooManyRequests'

/** Every limit's window is over by then: older counters are dropped. */
const LONGEST_WINDOW_SECONDS = Math.max(...Object.values(LIMITS).map((limit) => limit.seconds))
/** About one use in a hundred sweeps the table, so it holds live counters only, with no job to run. */
const SWEEP_CHANCE = 0.01

/** Counts one use against each named limit and throws a 429 once any is over. */
export async function enforceLimits(
  payload: Payload,
  what: string,
  buckets: Partial<Record<LimitName, string>>,
): Promise<void> {
  const hits = await Promise.all(
    Object.entries(buckets).map(async ([name, key]) => {
      const limit = LIMITS[name as LimitName]
      return { limit, ...(await hit(payload, `${name}:${key}`, limit)) }
    }),
  )
  if (Math.random() < SWEEP_CHANCE) await dropExpired(payload, LONGEST_WINDOW_SECONDS)
  const over = hits.filter(({ hits: count, limit }) => count > limit.max)
  if (over.length > 0) throw new TooManyRequests(what, Math.max(...over.map((entry) => entry.retryAfterSeconds)))
}
