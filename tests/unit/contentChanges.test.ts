import { describe, expect, it } from 'vitest'
import { changedFieldLabels, contentChanges } from '@/review/compare/contentChanges'
import { wordDiff } from '@/review/compare/wordDiff'
import { richText } from '@/seed/richText'

const marked = (parts: ReturnType<typeof wordDiff>) =>
  parts
    .map(({ change, text }) => (change === 'added' ? `[+${text}]` : change === 'removed' ? `[-${text}]` : text))
    .join('')

describe('a word diff', () => {
  it('marks only the words an edit added and removed', () => {
    expect(marked(wordDiff('Models guess the next token.', 'Models predict the next token, one at a time.'))).toBe(
      'Models [-guess ][+predict ]the next [-token.][+token, one at a time.]',
    )
  })

  it('shows a new text as added whole, and identical texts as unchanged', () => {
    expect(wordDiff('', 'All new')).toEqual([{ change: 'added', text: 'All new' }])
    expect(wordDiff('Same words', 'Same words')).toEqual([{ change: 'same', text: 'Same words' }])
  })

  it('keeps every word of both texts, in order', () => {
    const before = 'a b c d e f g'
    const after = 'a x c d y f g z'
    const parts = wordDiff(before, after)
    expect(
      parts
        .filter((part) => part.change !== 'added')
        .map((part) => part.text)
        .join(''),
    ).toBe(before)
    expect(
      parts
        .filter((part) => part.change !== 'removed')
        .map((part) => part.text)
        .join(''),
    ).toBe(after)
  })
})

describe('the content changes a reviewer reads', () => {
  const published = {
    title: 'Retrieval',
    summary: 'Looks things up.',
    body: richText(['First paragraph.', 'Second paragraph.']),
    keyTraits: [{ label: 'Grounded', explanation: 'Cites sources.' }],
    category: { id: 1, name: 'Techniques' },
    review: { state: 'published', fingerprint: 'a'.repeat(64) },
    readingTime: 3,
    updatedAt: '2026-01-01T00:00:00.000Z',
  }

  it('lists only the content fields that changed, by the names editors use, never bookkeeping', () => {
    const draft = {
      ...published,
      body: richText(['First paragraph.', 'Second paragraph, now longer.']),
      keyTraits: [{ label: 'Grounded', explanation: 'Cites its sources.' }],
      review: { state: 'in_review', fingerprint: 'b'.repeat(64), submittedAt: '2026-02-01T00:00:00.000Z' },
      readingTime: 4,
      updatedAt: '2026-02-01T00:00:00.000Z',
    }
    const changes = contentChanges('concepts', draft, published)
    expect(changes.map((change) => change.label)).toEqual(['Explanation', 'Key traits'])
    expect(changedFieldLabels('concepts', { draft, published })).toEqual(['Explanation', 'Key traits'])
    expect(marked(changes[0].parts)).toBe('First paragraph.\n\nSecond [-paragraph.][+paragraph, now longer.]')
    expect(marked(changes[1].parts)).toBe('Grounded: Cites [+its ]sources.')
  })

  it('shows the whole content of a document never published, relationships by name', () => {
    const changes = contentChanges('concepts', published, null)
    expect(changes.map((change) => change.label)).toEqual(['Title', 'Summary', 'Explanation', 'Key traits', 'Category'])
    expect(changes.every((change) => change.parts.every((part) => part.change === 'added'))).toBe(true)
    expect(changes.find((change) => change.label === 'Category')?.parts[0].text).toBe('Techniques')
  })

  it('shows an FAQ answer edit inline', () => {
    const before = { question: 'Why?', answer: richText(['Because it helps.']) }
    const after = { question: 'Why?', answer: richText(['Because it often helps.']) }
    expect(contentChanges('faqs', after, before).map((change) => [change.label, marked(change.parts)])).toEqual([
      ['Answer', 'Because it [+often ]helps.'],
    ])
  })
})
