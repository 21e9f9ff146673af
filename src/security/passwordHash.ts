// Payload 3.90's password hashes, as its local strategy stores and checks them: current
// ones are `pbkdf2-sha256-v1:<hex>` (600,000 rounds, 32 bytes), older ones bare hex
// (25,000 rounds, 512 bytes). Both use the stored salt as text.
import crypto from 'node:crypto'

type HashParameters = { iterations: number; keyLength: number }

const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
export const CURRENT_PASSWORD_HASH: HashParameters = { iterations: 600_000, keyLength: 32 }
const LEGACY_PASSWORD_HASH: HashParameters = { iterations: 25_000, keyLength: 512 }

export function hashPassword(password: string, salt: string, { iterations, keyLength }: HashParameters) {
  return new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, hash) =>
      error ? reject(error) : resolve(hash),
    ),
  )
}

/** Whether the password is the one a stored hash and salt were made from. */
export async function matchesStoredPassword(password: string, stored: { hash?: unknown; salt?: unknown }) {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const current = stored.hash.startsWith(CURRENT_PREFIX)
  const expected = Buffer.from(current ? stored.hash.slice(CURRENT_PREFIX.length) : stored.hash, 'hex')
  const actual = await hashPassword(password, stored.salt, current ? CURRENT_PASSWORD_HASH : LEGACY_PASSWORD_HASH)
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}
