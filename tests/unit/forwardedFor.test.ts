import type { IncomingMessage } from 'node:http'
import { describe, expect, it, vi } from 'vitest'
import { appendConnectingAddress } from '@/cli/forwardedFor'
import { clientAddress } from '@/security/rateLimits/clientAddress'

/** The client address the rate limits see for a request from `connecting` that sent `forwardedFor`. */
function seenAs(connecting: string, forwardedFor?: string): string {
  const request = {
    socket: { remoteAddress: connecting },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  } as unknown as IncomingMessage
  appendConnectingAddress(request)
  return clientAddress(new Headers(request.headers as Record<string, string>))
}

describe('the client a rate limit counts', () => {
  it('is the connecting address, whatever X-Forwarded-For the client forged', () => {
    expect(seenAs('198.51.100.7')).toBe('198.51.100.7')
    expect(seenAs('198.51.100.7', '203.0.113.1')).toBe('198.51.100.7')
    expect(seenAs('198.51.100.7', '203.0.113.1, 203.0.113.2')).toBe('198.51.100.7')
  })

  it('is the address a trusted proxy saw, when TRUSTED_PROXY_COUNT says one stands in front', () => {
    vi.stubEnv('TRUSTED_PROXY_COUNT', '1')
    expect(seenAs('10.0.0.2', '203.0.113.9')).toBe('203.0.113.9')
    expect(seenAs('10.0.0.2', 'forged, 203.0.113.9')).toBe('203.0.113.9')
  })
})
