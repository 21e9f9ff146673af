// A value derived from cached reads, kept in this process's memory as it is (no copy to parse)
// until one of its tags expires: fresh while none of them has expired, by the process's
// TagClock, since its read began, as the API's answers to readers are. Callers who ask while it
// is being read share that read.
//
// Next's data cache tags the page that reads through it; this does not. A page that uses a
// kept value must also read something cached under the same tags, so that it expires with it.
import { tagClock, type TagClock } from './tagClock.mjs'

type Kept<T> = { value: T; startedAt: number }

export function keptUntilExpired<T>(
  tags: string[],
  read: () => Promise<T>,
  clock: () => TagClock = tagClock,
): () => Promise<T> {
  let kept: Kept<T> | undefined
  let reading: Promise<Kept<T>> | undefined

  const fresh = (candidate: Kept<T> | undefined): candidate is Kept<T> =>
    candidate !== undefined && clock().unchangedSince(tags, candidate.startedAt)

  const readAndKeep = () => {
    const startedAt = clock().now()
    const underWay = read().then((value) => ({ value, startedAt }))
    reading = underWay
    return underWay
      .then((result) => {
        if (kept === undefined || kept.startedAt <= result.startedAt) kept = result
        return result
      })
      .finally(() => {
        if (reading === underWay) reading = undefined
      })
  }

  return async () => {
    await clock().ready
    if (fresh(kept)) return kept.value
    const shared = reading ? await reading.catch(() => undefined) : undefined
    if (fresh(shared)) return shared.value
    return (await readAndKeep()).value
  }
}
