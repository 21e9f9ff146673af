import { describe, expect, it } from 'vitest'
import { lexicalPlainText } from '@/fields/lexicalPlainText'
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '@/fields/readingMinutes'
import { richText } from '@/seed/richText'

describe('countWords', () => {
  it('counts words and ignores punctuation standing alone', () => {
    expect(countWords('Attention is — all you need.')).toBe(5)
  })
})

describe('readingMinutes', () => {
  it('is at least one minute, even for nothing', () => {
    expect(readingMinutes([])).toBe(1)
  })

  it('rounds up to whole minutes over every text given', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ')
    expect(readingMinutes([words(WORDS_PER_MINUTE), words(1)])).toBe(2)
    expect(readingMinutes([words(WORDS_PER_MINUTE * 3), null, undefined])).toBe(3)
  })
})

describe('lexicalPlainText', () => {
  it('collects the text of headings and paragraphs', () => {
    const doc = richText(['## Why it matters', 'Models learn from data.'])
    expect(lexicalPlainText(doc)).toBe('Why it matters Models learn from data.')
  })

  it('is empty for a missing document', () => {
    expect(lexicalPlainText(null)).toBe('')
  })
})
