import { describe, expect, it } from 'vitest'
import { conceptOfTheWeek, isoWeek, recentlyPublished, recentlyUpdated, startHerePaths } from '@/content/homeSelection'

const concept = (title: string, difficulty: 'beginner' | 'intermediate' | 'advanced', first: string, last = first) => ({
  title,
  difficulty,
  firstPublishedAt: first,
  lastUpdatedAt: last,
})

const concepts = [
  concept('Transformer', 'intermediate', '2026-01-01', '2026-03-01'),
  concept('Attention', 'advanced', '2026-02-01'),
  concept('Embeddings', 'intermediate', '2026-02-15', '2026-02-20'),
  concept('Hallucination', 'beginner', '2026-03-10'),
]

describe('isoWeek', () => {
  it('follows ISO-8601, where 1 January 2027 belongs to week 53 of 2026', () => {
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toEqual({ year: 2026, week: 53 })
    expect(isoWeek(new Date('2026-11-30T00:00:00Z'))).toEqual({ year: 2026, week: 49 })
  })
})

describe('conceptOfTheWeek', () => {
  it('stays the same from Monday to Sunday and changes the next Monday', () => {
    const monday = conceptOfTheWeek(concepts, new Date('2026-11-30T08:00:00Z'))
    expect(conceptOfTheWeek(concepts, new Date('2026-12-06T22:00:00Z'))).toBe(monday)
    expect(conceptOfTheWeek(concepts, new Date('2026-12-07T08:00:00Z'))).not.toBe(monday)
  })

  it('is nothing when nothing is published', () => {
    expect(conceptOfTheWeek([], new Date())).toBeUndefined()
  })
})

describe('recent lists', () => {
  it('orders recently published by first publication, newest first', () => {
    expect(recentlyPublished(concepts, 2).map((c) => c.title)).toEqual(['Hallucination', 'Embeddings'])
  })

  it('lists only concepts revised after publication, most recent revision first', () => {
    expect(recentlyUpdated(concepts, 5).map((c) => c.title)).toEqual(['Transformer', 'Embeddings'])
  })
})

describe('startHerePaths', () => {
  it('goes from beginner to advanced, alphabetically within a level', () => {
    expect(
      startHerePaths(concepts, 2).map(({ difficulty, concepts: path }) => [difficulty, path.map((c) => c.title)]),
    ).toEqual([
      ['beginner', ['Hallucination']],
      ['intermediate', ['Embeddings', 'Transformer']],
      ['advanced', ['Attention']],
    ])
  })
})
