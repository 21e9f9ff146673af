// Pure choices behind the home page, so they can be tested without a database.
import { DIFFICULTIES } from '@/vocabulary/difficulty'
import type { ConceptListItem } from './reads/concepts'

type Dated = Pick<ConceptListItem, 'firstPublishedAt' | 'lastUpdatedAt'>

function time(value: string | null | undefined): number {
  return value ? new Date(value).getTime() : 0
}

/** ISO-8601 week number and its year, so the pick changes every Monday (UTC). */
export function isoWeek(date: Date): { year: number; week: number } {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  const weekday = day.getUTCDay() || 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday)
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1)
  return { year: day.getUTCFullYear(), week: Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7) }
}

/** Where in title order this week's concept sits: the same all week, the next one the next week. */
export function weekPosition(count: number, now: Date): number {
  const { year, week } = isoWeek(now)
  return (year * 53 + week) % count
}

/** The same concept all week, a different one the next, cycling through the list in title order. */
export function conceptOfTheWeek<T extends { title: string }>(concepts: T[], now: Date): T | undefined {
  if (concepts.length === 0) return undefined
  const sorted = [...concepts].sort((a, b) => a.title.localeCompare(b.title))
  return sorted[weekPosition(sorted.length, now)]
}

export function recentlyPublished<T extends Dated>(concepts: T[], count: number): T[] {
  return [...concepts].sort((a, b) => time(b.firstPublishedAt) - time(a.firstPublishedAt)).slice(0, count)
}

/** Concepts revised after their first publication, most recent first. */
export function recentlyUpdated<T extends Dated>(concepts: T[], count: number): T[] {
  return concepts
    .filter((concept) => time(concept.lastUpdatedAt) > time(concept.firstPublishedAt))
    .sort((a, b) => time(b.lastUpdatedAt) - time(a.lastUpdatedAt))
    .slice(0, count)
}

/** A reading path: a few concepts per level, beginner first. */
export function startHerePaths<T extends Pick<ConceptListItem, 'difficulty' | 'title'>>(
  concepts: T[],
  perLevel: number,
) {
  return DIFFICULTIES.map((difficulty) => ({
    difficulty,
    concepts: concepts
      .filter((concept) => concept.difficulty === difficulty)
      .sort((a, b) => a.title.localeCompare(b.title))
      .slice(0, perLevel),
  }))
}
