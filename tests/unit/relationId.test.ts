import { describe, expect, it } from 'vitest'
import { relationId, relationIds } from '@/fields/relationId'

describe('the id a relationship value points at', () => {
  it('reads bare ids, populated documents, polymorphic values and numeric strings', () => {
    expect(relationId(7)).toBe(7)
    expect(relationId({ id: 7, title: 'RAG' })).toBe(7)
    expect(relationId({ relationTo: 'concepts', value: 7 })).toBe(7)
    expect(relationId({ relationTo: 'concepts', value: { id: 7 } })).toBe(7)
    expect(relationId('7')).toBe(7)
  })

  it('is undefined for values that point at nothing', () => {
    for (const value of [null, undefined, '', 'abc', {}, { id: null }]) expect(relationId(value)).toBeUndefined()
  })

  it('lists distinct ids, skipping the empty ones', () => {
    expect(relationIds([3, { id: 3 }, null, '4', { value: 5 }])).toEqual([3, 4, 5])
  })
})
