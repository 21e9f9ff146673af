// WEB_CONCURRENCY: how many server processes `npm start` runs. Unset it is one; anything but a
// whole number from 1 to 64 stops the start with a message that names the setting.
import { describe, expect, it, vi } from 'vitest'
import { serverProcessCount } from '@/cli/serverProcesses'

describe('WEB_CONCURRENCY', () => {
  it('is one process when unset or blank, and the number given otherwise', () => {
    vi.stubEnv('WEB_CONCURRENCY', '')
    expect(serverProcessCount()).toBe(1)
    vi.stubEnv('WEB_CONCURRENCY', ' 2 ')
    expect(serverProcessCount()).toBe(2)
  })

  it('refuses what is not a whole number from 1 to 64, saying what it got', () => {
    for (const setting of ['two', '0', '1.5', '-2', '65']) {
      vi.stubEnv('WEB_CONCURRENCY', setting)
      expect(() => serverProcessCount()).toThrow(
        `WEB_CONCURRENCY must be a whole number from 1 to 64; it is "${setting}".`,
      )
    }
  })
})
