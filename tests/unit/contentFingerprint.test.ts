import { describe, expect, it } from 'vitest'
import { contentFingerprint } from '@/review/rules/fingerprint'

const doc = {
  id: 7,
  title: 'Tokenizer',
  summary: 'Splits text.',
  category: 3,
  body: { root: { type: 'root', children: [{ type: 'paragraph', text: 'Hello', direction: 'ltr', version: 1 }] } },
  updatedAt: '2026-01-01T00:00:00.000Z',
  _status: 'draft',
  review: { state: 'approved' },
}

describe('the content fingerprint', () => {
  it('changes with any change of content', () => {
    expect(contentFingerprint({ ...doc, summary: 'Splits text into tokens.' })).not.toBe(contentFingerprint(doc))
    expect(contentFingerprint({ ...doc, category: 4 })).not.toBe(contentFingerprint(doc))
  })

  it('ignores what the server keeps, populated relationships and editor bookkeeping', () => {
    const same = {
      ...doc,
      updatedAt: '2027-01-01T00:00:00.000Z',
      _status: 'published',
      review: { state: 'draft' },
      category: { id: 3, name: 'Basics', updatedAt: '2026-01-01T00:00:00.000Z' },
      subtitle: '',
      body: {
        root: { type: 'root', children: [{ type: 'paragraph', text: 'Hello', direction: null, textFormat: 0 }] },
      },
    }
    expect(contentFingerprint(same)).toBe(contentFingerprint(doc))
  })
})
