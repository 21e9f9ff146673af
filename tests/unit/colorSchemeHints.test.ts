import { describe, expect, it } from 'vitest'
import { colorSchemeHintsForAdminOnly } from '@/admin/colorSchemeHints.mjs'

const hints = [
  { key: 'Accept-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
  { key: 'Vary', value: 'Sec-CH-Prefers-Color-Scheme' },
  { key: 'Critical-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
]
const security = { source: '/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] }

describe('colorSchemeHintsForAdminOnly', () => {
  it('keeps the colour-scheme hints for the admin and its pages only', () => {
    expect(colorSchemeHintsForAdminOnly([security, { source: '/:path*', headers: hints }])).toEqual([
      security,
      { source: '/admin', headers: hints },
      { source: '/admin/:path*', headers: hints },
    ])
  })

  it('leaves rules without the hints as they are', () => {
    expect(colorSchemeHintsForAdminOnly([security])).toEqual([security])
  })
})
