// The search API's parameters: every mistake is named; the page keeps what it can use.
import { describe, expect, it } from 'vitest'
import { readSearchPageParams, readSearchRequest } from '@/search/query/searchRequest'
import { snippetHtml, snippetParts } from '@/search/snippet'

const read = (query: string) => readSearchRequest(new URLSearchParams(query))

describe('the API reading its parameters', () => {
  it('accepts a full request and fills in the defaults', () => {
    expect(read('q=rag&type=concept&category=foundations&difficulty=beginner&limit=5&page=2')).toEqual({
      ok: true,
      request: { q: 'rag', type: 'concept', category: 'foundations', difficulty: 'beginner', limit: 5, page: 2 },
    })
    expect(read('q=rag')).toEqual({ ok: true, request: { q: 'rag', limit: 10, page: 1 } })
  })

  it.each([
    ['limit=0', '"limit" must be a whole number from 1 to 50.'],
    ['limit=51', '"limit" must be a whole number from 1 to 50.'],
    ['limit=abc', '"limit" must be a whole number from 1 to 50.'],
    ['limit=1.5', '"limit" must be a whole number from 1 to 50.'],
    ['page=-1', '"page" must be a whole number from 1 to 100.'],
    ['type=post', '"type" must be one of: concept, use-case.'],
    ['difficulty=easy', '"difficulty" must be one of: beginner, intermediate, advanced.'],
    ['category=Not%20A%20Slug', '"category" must be a category slug, such as "foundations".'],
    ['q=a&q=b', '"q" may be given only once.'],
    ['where[title]=x', 'Unknown parameter "where[title]". Use q, type, category, difficulty, limit, page.'],
    [`q=${'x'.repeat(201)}`, '"q" may be at most 200 characters.'],
  ])('refuses %s', (query, error) => {
    expect(read(query)).toEqual({ ok: false, error })
  })
})

describe('the page reading its parameters', () => {
  it('drops what it cannot use and cuts a long query', () => {
    const request = readSearchPageParams(
      { q: 'x'.repeat(300), type: 'post', category: 'nope', difficulty: 'beginner', page: '0' },
      ['foundations'],
    )
    expect(request).toEqual({ q: 'x'.repeat(200), difficulty: 'beginner', limit: 10, page: 1 })
  })
})

describe('snippets', () => {
  it('become marked parts, or HTML with everything but the marks escaped', () => {
    const marked = 'a <b> & ⟦RAG⟧ "x" ⟦stop⟧'
    expect(snippetParts(marked)).toEqual([
      { text: 'a <b> & ', marked: false },
      { text: 'RAG', marked: true },
      { text: ' "x" ', marked: false },
      { text: 'stop', marked: true },
    ])
    expect(snippetHtml(marked)).toBe('a &lt;b&gt; &amp; <mark>RAG</mark> &quot;x&quot; <mark>stop</mark>')
  })
})
