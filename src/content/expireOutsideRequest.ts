// Next expires cache tags only inside a request it serves. A publish made elsewhere (the job
// runner's scheduled publish, a CLI task) expires them in the shared cache's table instead
// (src/cache), once the write's transaction has ended, so the first reader cannot re-cache the
// old rows; every app instance hears of it within a second. Until it lands, this process's
// caches serve nothing from before the write.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { runningTagClock } from '@/cache/tagClock.mjs'
import { expireTagsInDatabase } from '@/cache/tagExpiries.mjs'

const TRANSACTION_WAIT_MS = 60_000
const pending = new WeakMap<PayloadRequest, Set<string>>()

async function transactionEnded(req: PayloadRequest): Promise<void> {
  const deadline = Date.now() + TRANSACTION_WAIT_MS
  while (req.transactionID && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
}

/** Collects the tags of one write and expires them together after its transaction ends. */
export function expireAfterTransaction(req: PayloadRequest, tags: string[]): void {
  const queued = pending.get(req)
  if (queued) {
    for (const tag of tags) queued.add(tag)
    return
  }
  const batch = new Set(tags)
  pending.set(req, batch)
  const clock = runningTagClock()
  const expiry = transactionEnded(req)
    .then(() => {
      pending.delete(req)
      return clock
        ? clock.expire([...batch])
        : expireTagsInDatabase((req.payload.db as unknown as PostgresAdapter).pool, [...batch])
    })
    .catch((error: unknown) =>
      req.payload.logger.warn({ msg: `Could not expire cached pages (${[...batch].join(', ')})`, err: error }),
    )
  clock?.hold(expiry)
}
