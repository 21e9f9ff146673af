// The hosts a developer may open `npm run dev` at without Next blocking its dev scripts.
import os from 'node:os'
import { describe, expect, it } from 'vitest'
import { devServerHosts } from '@/cli/devServerHosts.mjs'

describe('devServerHosts', () => {
  it('lists localhost, 127.0.0.1 and every address of this machine, each once', () => {
    const hosts = devServerHosts()
    const addresses = Object.values(os.networkInterfaces()).flatMap((entries) => entries ?? [])
    expect(hosts).toEqual(expect.arrayContaining(['localhost', '127.0.0.1']))
    for (const { address, family } of addresses) {
      expect(hosts).toContain(family === 'IPv6' ? `[${address}]` : address)
    }
    expect(new Set(hosts).size).toBe(hosts.length)
  })

  it('writes IPv6 addresses as they appear in a URL', () => {
    for (const host of devServerHosts().filter((host) => host.includes(':'))) {
      expect(new URL(`http://${host}:3000/`).hostname).toBe(host)
    }
  })
})
