import { describe, expect, it } from 'vitest'
import { groupByInitial, parseConceptFilters } from '@/content/conceptFilters'

const categories = ['foundations', 'building-with-llms']

describe('parseConceptFilters', () => {
  it('keeps known category, difficulty and sort values', () => {
    expect(
      parseConceptFilters({ category: 'foundations', difficulty: 'advanced', sort: 'updated' }, categories),
    ).toEqual({
      category: 'foundations',
      difficulty: 'advanced',
      sort: 'updated',
    })
  })

  it('drops unknown values and sorts by name by default', () => {
    expect(parseConceptFilters({ category: 'nope', difficulty: 'expert', sort: 'random' }, categories)).toEqual({
      category: undefined,
      difficulty: undefined,
      sort: 'name',
    })
  })

  it('uses the first of repeated parameters', () => {
    expect(parseConceptFilters({ difficulty: ['beginner', 'advanced'] }, categories).difficulty).toBe('beginner')
  })
})

describe('groupByInitial', () => {
  it('groups by first letter from A to Z, with digits and symbols last', () => {
    const groups = groupByInitial([
      { title: 'Transformer' },
      { title: '3D models' },
      { title: 'AI Agent' },
      { title: 'attention' },
    ])
    expect(groups.map(([letter, items]) => [letter, items.length])).toEqual([
      ['A', 2],
      ['T', 1],
      ['#', 1],
    ])
  })
})
