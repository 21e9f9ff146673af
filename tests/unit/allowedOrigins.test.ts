import { describe, expect, it, vi } from 'vitest'
import { allowedOrigins } from '@/security/allowedOrigins'

describe('the origins a session may be used from', () => {
  it('in production, the site’s own origin only', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('SITE_URL', 'https://groundwork.example/')
    expect(allowedOrigins()).toEqual(['https://groundwork.example'])
  })

  it('without SITE_URL, this server on its port, so the allowlist is never empty (empty means "any origin")', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('SITE_URL', '')
    vi.stubEnv('PORT', '4100')
    expect(allowedOrigins()).toEqual(['http://localhost:4100'])
  })

  it('while developing, every address the dev server answers at', () => {
    vi.stubEnv('NODE_ENV', 'development')
    vi.stubEnv('SITE_URL', '')
    vi.stubEnv('PORT', '3000')
    expect(allowedOrigins()).toEqual(expect.arrayContaining(['http://localhost:3000', 'http://127.0.0.1:3000']))
    expect(allowedOrigins()).not.toContain('https://attacker.example')
  })
})
