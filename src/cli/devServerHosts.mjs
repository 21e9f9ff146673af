// @ts-check
// Plain JavaScript: next.config.mjs imports it, and Next loads that file without TypeScript.
import os from 'node:os'

/**
 * Every host a developer may open the dev server at: localhost, 127.0.0.1 and this
 * machine's own network addresses (the one Next prints among them). IPv6 addresses are
 * bracketed, as they appear in a URL's host.
 * @returns {string[]}
 */
export function devServerHosts() {
  const addresses = Object.values(os.networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .map(({ address, family }) => (family === 'IPv6' ? `[${address}]` : address))
  return [...new Set(['localhost', '127.0.0.1', ...addresses])]
}
