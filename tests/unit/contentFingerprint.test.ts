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
const relationships = new Set(['category'])
const fingerprint = (content: Record<string, unknown>) => contentFingerprint(content, relationships)

describe('the content fingerprint', () => {
  it('changes with any change of content', () => {
    expect(fingerprint({ ...doc, summary: 'Splits text into tokens.' })).not.toBe(fingerprint(doc))
    expect(fingerprint({ ...doc, category: 4 })).not.toBe(fingerprint(doc))
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
    expect(fingerprint(same)).toBe(fingerprint(doc))
  })

  it('counts every word of rich text, even in a node that looks like a populated document', () => {
    const disguised = (text: string) => ({
      ...doc,
      body: { root: { type: 'root', children: [{ type: 'paragraph', id: 1, createdAt: 'x', text }] } },
    })
    expect(fingerprint(disguised('Approved words.'))).not.toBe(fingerprint(disguised('Other words.')))
  })
})
