// When generated documents were written and published: within the given number of days
// before `now`, in order (created, first published, last published), all in the past.
import type { Publication } from './datasetTypes'
import type { Random } from './random'

const MINUTE = 60_000
const DAY_IN_MINUTES = 24 * 60

export function publicationBefore(random: Random, now: Date, withinDays: number): Publication {
  const createdAgo = random.int(DAY_IN_MINUTES, withinDays * DAY_IN_MINUTES)
  const firstPublishedAgo = createdAgo - random.int(10, Math.min(3 * DAY_IN_MINUTES, createdAgo - 1))
  const lastUpdatedAgo = random.chance(0.4) ? firstPublishedAgo : random.int(1, firstPublishedAgo)
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * MINUTE)
  return {
    createdAt: minutesAgo(createdAgo),
    firstPublishedAt: minutesAgo(firstPublishedAgo),
    lastUpdatedAt: minutesAgo(lastUpdatedAgo),
  }
}

/** A moment `minutes` before `date`. */
export const minutesBefore = (date: Date, minutes: number) => new Date(date.getTime() - minutes * MINUTE)
