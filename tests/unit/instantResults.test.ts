import { describe, expect, it } from 'vitest'
import { nextActiveIndex } from '@/components/search/activeOption'
import { describeResult, instantOptions, resultCountMessage } from '@/components/search/instantOptions'
import { isSearchResponse, type SearchResponse, type SearchResult } from '@/components/search/searchResponse'

const quantization: SearchResult = {
  id: 7,
  type: 'concept',
  title: 'Quantization',
  url: '/concepts/quantization',
  category: { name: 'Efficiency' },
  difficulty: 'intermediate',
}
const klarna: SearchResult = {
  id: 3,
  type: 'use-case',
  title: 'Klarna AI assistant',
  url: '/use-cases/klarna-ai-assistant',
  category: null,
  difficulty: null,
}
const answer = (results: SearchResult[], total = results.length, didYouMean: string | null = null): SearchResponse => ({
  results,
  total,
  didYouMean,
})

describe('nextActiveIndex', () => {
  it('moves down and up one option at a time', () => {
    expect(nextActiveIndex(1, 4, 'ArrowDown')).toBe(2)
    expect(nextActiveIndex(2, 4, 'ArrowUp')).toBe(1)
  })

  it('wraps at both ends', () => {
    expect(nextActiveIndex(3, 4, 'ArrowDown')).toBe(0)
    expect(nextActiveIndex(0, 4, 'ArrowUp')).toBe(3)
  })

  it('starts at the first option going down and the last going up', () => {
    expect(nextActiveIndex(-1, 4, 'ArrowDown')).toBe(0)
    expect(nextActiveIndex(-1, 4, 'ArrowUp')).toBe(3)
    expect(nextActiveIndex(9, 4, 'ArrowDown')).toBe(0)
  })

  it('highlights nothing in an empty list', () => {
    expect(nextActiveIndex(-1, 0, 'ArrowDown')).toBe(-1)
    expect(nextActiveIndex(0, 0, 'ArrowUp')).toBe(-1)
  })
})

describe('describeResult', () => {
  it('names a concept with its category and difficulty', () => {
    expect(describeResult(quantization)).toBe('Concept · Efficiency · Intermediate')
    expect(describeResult({ ...quantization, category: null })).toBe('Concept · Intermediate')
  })

  it('names a use case as one', () => {
    expect(describeResult(klarna)).toBe('Use case')
  })
})

describe('instantOptions', () => {
  it('lists the results, then "See all results" for the query', () => {
    const options = instantOptions(answer([quantization, klarna], 12), 'quant ai')
    expect(options.map((option) => option.url)).toEqual([
      '/concepts/quantization',
      '/use-cases/klarna-ai-assistant',
      '/search?q=quant+ai',
    ])
    expect(options.at(-1)).toMatchObject({ kind: 'see-all', query: 'quant ai' })
    expect(new Set(options.map((option) => option.key)).size).toBe(options.length)
  })

  it('offers the corrected query when nothing matched', () => {
    expect(instantOptions(answer([], 0, 'quantization'), 'quantizaton')).toEqual([
      { kind: 'did-you-mean', key: 'did-you-mean', url: '/search?q=quantization', suggestion: 'quantization' },
    ])
    expect(instantOptions(answer([]), 'zzz')).toEqual([])
  })
})

describe('resultCountMessage', () => {
  it('counts the results shown, and the total when there are more', () => {
    expect(resultCountMessage(answer([quantization]))).toBe('1 result')
    expect(resultCountMessage(answer([quantization, klarna]))).toBe('2 results')
    expect(resultCountMessage(answer([quantization, klarna], 23))).toBe('2 of 23 results')
  })

  it('says when nothing matched, with the correction if there is one', () => {
    expect(resultCountMessage(answer([]))).toBe('No matches')
    expect(resultCountMessage(answer([], 0, 'quantization'))).toBe('No matches. Did you mean quantization?')
  })
})

describe('isSearchResponse', () => {
  const body = {
    query: 'quant',
    results: [{ ...quantization, slug: 'quantization', summary: '…', snippet: '<mark>Quant</mark>', score: 1.5 }],
    total: 1,
    didYouMean: null,
  }

  it('accepts the search API’s answer', () => {
    expect(isSearchResponse(body)).toBe(true)
    expect(isSearchResponse({ ...body, results: [], didYouMean: 'quantum' })).toBe(true)
  })

  it('refuses bodies the list could not show', () => {
    expect(isSearchResponse(null)).toBe(false)
    expect(isSearchResponse({ error: 'Too many requests' })).toBe(false)
    expect(isSearchResponse({ ...body, results: [{ ...quantization, difficulty: 'expert' }] })).toBe(false)
    expect(isSearchResponse({ ...body, results: [{ ...quantization, type: 'faq' }] })).toBe(false)
    expect(isSearchResponse({ ...body, results: [{ ...quantization, category: 'Efficiency' }] })).toBe(false)
    expect(isSearchResponse({ ...body, didYouMean: undefined })).toBe(false)
  })
})
