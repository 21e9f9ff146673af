import { revalidateTag } from 'next/cache'
import type { Payload } from 'payload'

/**
 * Expires cached reads at once, so the first reader after a publish sees it. Called
 * from collection hooks: inside a Next request Next applies it when the response is
 * done, after Payload commits the write. Outside Next (seed, CLI) nothing is cached
 * in this process, and Next refuses the call; that is expected and only logged.
 */
export function expireTags(payload: Payload, tags: string[]): void {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      payload.logger.debug({ msg: `Not revalidating "${tag}" outside a Next request`, err: error })
    }
  }
}
