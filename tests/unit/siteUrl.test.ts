// The addresses readers and reviewers are sent to (emails, feed, sitemap, canonical tags).
import { describe, expect, it, vi } from 'vitest'
import { absoluteUrl, missingSiteUrlWarning, siteUrl } from '@/seo/siteUrl'

describe('absolute links', () => {
  it('use SITE_URL when it is set, without its trailing slash', () => {
    vi.stubEnv('SITE_URL', 'https://groundwork.example/')
    vi.stubEnv('PORT', '3600')
    expect(siteUrl()).toBe('https://groundwork.example')
    expect(absoluteUrl('/concepts/rag')).toBe('https://groundwork.example/concepts/rag')
    expect(missingSiteUrlWarning()).toBeUndefined()
  })

  it('follow the port the server runs on when SITE_URL is unset', () => {
    vi.stubEnv('SITE_URL', undefined)
    vi.stubEnv('PORT', '3600')
    expect(absoluteUrl('/admin/collections/concepts/12')).toBe('http://localhost:3600/admin/collections/concepts/12')
    expect(missingSiteUrlWarning()).toContain('will point at http://localhost:3600.')
  })

  it('point at localhost:3000 when neither SITE_URL nor PORT is set, and the warning says so', () => {
    vi.stubEnv('SITE_URL', undefined)
    vi.stubEnv('PORT', undefined)
    expect(absoluteUrl('feed.xml')).toBe('http://localhost:3000/feed.xml')
    expect(missingSiteUrlWarning()).toBe(
      'SITE_URL is not set: links in emails, the feed, the sitemap and canonical tags will point at http://localhost:3000. ' +
        'Set SITE_URL=https://your.domain',
    )
  })

  it('treat a blank SITE_URL as unset', () => {
    vi.stubEnv('SITE_URL', '  ')
    vi.stubEnv('PORT', undefined)
    expect(siteUrl()).toBe('http://localhost:3000')
    expect(missingSiteUrlWarning()).toContain('SITE_URL is not set')
  })
})
