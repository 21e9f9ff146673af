import { describe, expect, it } from 'vitest'
import { counted } from '@/vocabulary/counted'

describe('a count on the site', () => {
  it('groups thousands and agrees with its noun', () => {
    expect(counted(1, 'concept')).toBe('1 concept')
    expect(counted(0, 'concept')).toBe('0 concepts')
    expect(counted(10_000, 'concept')).toBe('10,000 concepts')
    expect(counted(1_234, 'use case')).toBe('1,234 use cases')
    expect(counted(2, 'category', 'categories')).toBe('2 categories')
  })
})
