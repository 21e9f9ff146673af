import crypto from 'node:crypto'
import type { Payload } from 'payload'

/** The bearer token that lets a process of this app ask its server to expire cache tags. */
export function tagExpiryToken(payload: Payload): string {
  return crypto.createHmac('sha256', payload.secret).update('groundwork:expire-cache-tags').digest('hex')
}
