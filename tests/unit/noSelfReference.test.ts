import type { RelationshipFieldManyValidation } from 'payload'
import { describe, expect, it } from 'vitest'
import { noSelfReference } from '@/fields/noSelfReference'

type Options = Parameters<RelationshipFieldManyValidation>[1]
const validate = noSelfReference('prerequisite')
const optionsFor = (id: number | undefined) => ({ id }) as Options

describe('noSelfReference', () => {
  it('refuses a concept listed as its own prerequisite', () => {
    expect(validate([3, 7], optionsFor(7))).toBe('A concept cannot be its own prerequisite.')
  })

  it('refuses it when the relation arrives populated', () => {
    expect(validate([{ relationTo: 'concepts', value: 7 }], optionsFor(7))).toMatch(/own prerequisite/)
  })

  it('accepts other concepts, and anything on a concept not yet saved', () => {
    expect(validate([3, 5], optionsFor(7))).toBe(true)
    expect(validate([3], optionsFor(undefined))).toBe(true)
  })
})
