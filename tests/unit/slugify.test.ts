import { describe, expect, it } from 'vitest'
import { slugify, validateSlug } from '@/fields/slugify'

describe('slugify', () => {
  it('turns a title into lowercase words joined by hyphens', () => {
    expect(slugify('Retrieval-Augmented Generation (RAG)')).toBe('retrieval-augmented-generation-rag')
  })

  it('drops accents, spells out ampersands and trims stray separators', () => {
    expect(slugify('  Café & Crème  ')).toBe('cafe-and-creme')
  })
})

describe('validateSlug', () => {
  it('accepts lowercase kebab-case', () => {
    expect(validateSlug('foundation-model')).toBe(true)
  })

  it.each(['Foundation-Model', 'two--hyphens', '-leading', 'with space', 'ümlaut'])(
    'refuses %s with a message',
    (slug) => {
      expect(validateSlug(slug)).toMatch(/lowercase letters/)
    },
  )

  it('requires a value', () => {
    expect(validateSlug('')).toBe('A slug is required.')
  })
})
