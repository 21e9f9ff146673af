import { describe, expect, it } from 'vitest'
import { adminReturnPath } from '@/preview/returnPath'

describe('where "Exit preview" may return to', () => {
  it('accepts the admin pages a preview is opened from', () => {
    expect(adminReturnPath('/admin/collections/concepts/12')).toBe('/admin/collections/concepts/12')
    expect(adminReturnPath('/admin/review/faqs/3')).toBe('/admin/review/faqs/3')
  })

  it('refuses anything that could leave the admin or the site', () => {
    for (const path of [
      '//evil.example',
      '/admin//evil.example',
      'https://evil.example/admin',
      '/admin/../concepts',
      '/concepts/rag',
      '/administrator',
      null,
      '',
    ]) {
      expect(adminReturnPath(path)).toBeNull()
    }
  })
})
