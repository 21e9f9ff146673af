import type { PayloadRequest } from 'payload'
import type { User } from '@/payload-types'

/** A staff account as stored, read in the request's transaction whoever asks; null when there is none. */
export function storedAccount(req: PayloadRequest, id: number | string): Promise<User | null> {
  return req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, req })
}
