// Next expires cache tags only inside a request it serves. A publish made elsewhere (the
// job runner's scheduled publish, a CLI task) asks the server to expire them instead, once
// the write's transaction has ended, so the first reader cannot re-cache the old rows.
import type { PayloadRequest } from 'payload'
import { serverOrigin } from './serverOrigin'
import { tagExpiryToken } from './tagExpiryToken'

export const EXPIRE_TAGS_PATH = '/api/cache-tags/expire'

const TRANSACTION_WAIT_MS = 60_000
const pending = new WeakMap<PayloadRequest, Set<string>>()

async function transactionEnded(req: PayloadRequest): Promise<void> {
  const deadline = Date.now() + TRANSACTION_WAIT_MS
  while (req.transactionID && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
}

async function sendExpiry(req: PayloadRequest, tags: string[]): Promise<void> {
  const response = await fetch(`${serverOrigin()}${EXPIRE_TAGS_PATH}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tagExpiryToken(req.payload)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags }),
  })
  if (!response.ok) throw new Error(`the server answered ${response.status}`)
}

function isConnectionRefused(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined
  return cause?.code === 'ECONNREFUSED'
}

/** Collects the tags of one write and sends them together after its transaction ends. */
export function expireAfterTransaction(req: PayloadRequest, tags: string[]): void {
  const queued = pending.get(req)
  if (queued) {
    for (const tag of tags) queued.add(tag)
    return
  }
  const batch = new Set(tags)
  pending.set(req, batch)
  void transactionEnded(req)
    .then(() => {
      pending.delete(req)
      return sendExpiry(req, [...batch])
    })
    .catch((error: unknown) => {
      const msg = `Could not expire cached pages (${[...batch].join(', ')}) on ${serverOrigin()}`
      // No server listening (a CLI task with the site stopped) means nothing is cached to expire.
      if (isConnectionRefused(error)) req.payload.logger.debug({ msg, err: error })
      else req.payload.logger.warn({ msg, err: error })
    })
}
