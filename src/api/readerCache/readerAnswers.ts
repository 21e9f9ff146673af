// This instance's copy of API answers to readers, kept until content they could show changes:
// an answer is fresh while none of the content tags has expired since its read began (the
// process's TagClock, which hears of a publish on any instance within a second). Readers who
// ask at once for the same thing share one read.
import { MemoryEntries } from '@/cache/memoryEntries.mjs'
import type { TagClock } from '@/cache/tagClock.mjs'

export type StoredAnswer = {
  status: number
  headers: [string, string][]
  body: Uint8Array<ArrayBuffer>
  /** When the read behind it began, database time. */
  startedAt: number
}

/** Headers a stored answer cannot repeat: the length is the new Response's, a cookie is one reader's. */
const NOT_REPEATED = new Set(['content-length', 'set-cookie'])
const CACHE_STATUS_HEADER = 'x-groundwork-cache'

function toResponse(answer: StoredAnswer, status: 'hit' | 'miss'): Response {
  const headers = new Headers(answer.headers)
  headers.set(CACHE_STATUS_HEADER, status)
  return new Response(answer.body, { status: answer.status, headers })
}

/** Whether an answer may be shared: a success that sets no cookie and, by `keep`'s reading of its body, says no error. */
type Keepable = (body: Uint8Array) => boolean

export class ReaderAnswers {
  private readonly memory: MemoryEntries<StoredAnswer>
  private readonly reading = new Map<string, Promise<StoredAnswer | undefined>>()

  constructor(
    private readonly clock: TagClock,
    private readonly contentTags: string[],
    maxBytes: number,
  ) {
    this.memory = new MemoryEntries(maxBytes)
  }

  private fresh(answer: StoredAnswer | undefined): answer is StoredAnswer {
    return answer !== undefined && this.clock.unchangedSince(this.contentTags, answer.startedAt)
  }

  /** The answer for `key`: a fresh stored one, the one a read already under way gives, or `read`'s. */
  async answer(key: string, read: () => Promise<Response>, keep: Keepable = () => true): Promise<Response> {
    await this.clock.ready
    const held = this.memory.get(key)
    if (this.fresh(held)) return toResponse(held, 'hit')
    const underWay = this.reading.get(key)
    if (underWay) {
      const shared = await underWay
      if (this.fresh(shared)) return toResponse(shared, 'hit')
    }
    return this.readAndKeep(key, read, keep)
  }

  private async readAndKeep(key: string, read: () => Promise<Response>, keep: Keepable): Promise<Response> {
    const startedAt = this.clock.now()
    let settle: (answer: StoredAnswer | undefined) => void = () => {}
    const reading = new Promise<StoredAnswer | undefined>((resolve) => (settle = resolve))
    this.reading.set(key, reading)
    try {
      const response = await read()
      if (response.status !== 200 || response.headers.has('set-cookie')) return response
      const body = new Uint8Array(await response.arrayBuffer())
      const headers = [...response.headers].filter(([name]) => !NOT_REPEATED.has(name))
      const answer = { status: response.status, headers, body, startedAt }
      if (!keep(body)) return toResponse(answer, 'miss')
      this.memory.set(key, answer, body.byteLength + key.length)
      settle(answer)
      return toResponse(answer, 'miss')
    } finally {
      settle(undefined)
      if (this.reading.get(key) === reading) this.reading.delete(key)
    }
  }
}
