import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, securityHeaders } from '@/security/securityHeaders.mjs'

const headersFor = (source: string, production = true) =>
  Object.fromEntries(
    securityHeaders({ production })
      .filter((rule) => rule.source === source)
      .flatMap((rule) => rule.headers.map(({ key, value }) => [key, value])),
  )

describe('security headers', () => {
  it('never let the admin or the API be framed', () => {
    for (const source of ['/admin', '/admin/:path*', '/api/:path*']) {
      expect(headersFor(source)['Content-Security-Policy']).toContain("frame-ancestors 'none'")
      expect(headersFor(source)['X-Frame-Options']).toBe('DENY')
    }
  })

  it('let site pages be framed by the site alone (the admin’s live preview)', () => {
    expect(headersFor('/:path*')['Content-Security-Policy']).toContain("frame-ancestors 'self'")
  })

  it('send HSTS in production only', () => {
    expect(headersFor('/:path*')['Strict-Transport-Security']).toMatch(/max-age=\d{8}/)
    expect(headersFor('/:path*', false)['Strict-Transport-Security']).toBeUndefined()
  })

  it('allow eval and websockets only while developing (hot reload)', () => {
    expect(contentSecurityPolicy({ framedBySite: true, development: false })).not.toMatch(/unsafe-eval|ws:/)
    expect(contentSecurityPolicy({ framedBySite: true, development: true })).toMatch(/unsafe-eval.*ws:/)
  })
})
