import { describe, expect, it } from 'vitest'
import {
  adminEditPath,
  adminReviewPath,
  conceptPath,
  conceptsAtDifficulty,
  exitPreviewPath,
  PREVIEWABLE,
  previewPath,
  searchApiPath,
  searchPath,
} from '@/routes'

describe('the routes every link is built from', () => {
  it('builds the pages readers visit', () => {
    expect(conceptPath('rag')).toBe('/concepts/rag')
    expect(conceptsAtDifficulty('beginner')).toBe('/concepts?difficulty=beginner')
  })

  it('searches through the search page and the search API, the query encoded', () => {
    expect(searchPath('rag')).toBe('/search?q=rag')
    expect(new URL(searchPath('fine tuning & RLHF'), 'http://site.test').searchParams.get('q')).toBe(
      'fine tuning & RLHF',
    )
    expect(searchApiPath('rag', 8)).toBe('/api/search?q=rag&limit=8')
  })

  it('opens a draft preview that returns to the admin page it came from', () => {
    const url = new URL(previewPath(conceptPath('rag'), '/admin/collections/concepts/7'), 'http://site.test')
    expect(url.pathname).toBe('/preview')
    expect(url.searchParams.get('path')).toBe('/concepts/rag')
    expect(url.searchParams.get('back')).toBe('/admin/collections/concepts/7')
    expect(new URL(previewPath('/concepts/rag'), 'http://site.test').searchParams.has('back')).toBe(false)
    expect(new URL(exitPreviewPath('/concepts/rag'), 'http://site.test').searchParams.get('path')).toBe('/concepts/rag')
  })

  it('previews concepts only', () => {
    expect(PREVIEWABLE.concepts?.('rag')).toBe('/concepts/rag')
    expect(PREVIEWABLE.faqs).toBeUndefined()
  })

  it('builds admin paths under the configured admin route', () => {
    expect(adminEditPath('/admin', { collection: 'faqs', id: 3 })).toBe('/admin/collections/faqs/3')
    expect(adminReviewPath('/cms', { collection: 'concepts', id: 12 })).toBe('/cms/review/concepts/12')
  })
})
