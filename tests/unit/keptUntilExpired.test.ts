// A value kept in the process's memory (the auto-link dictionary) is read again exactly when
// content it was built from may have changed: a tag expiry, one pending, or one during its read.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { keptUntilExpired } from '@/cache/keptUntilExpired'
import { TagClock } from '@/cache/tagClock.mjs'

let clock: TagClock
let reads: number

/** A read that answers with how many reads there have been, once `finish` is called if held. */
function counter(held = false) {
  const waiting: (() => void)[] = []
  const read = async () => {
    reads += 1
    const count = reads
    if (held) await new Promise<void>((resolve) => waiting.push(resolve))
    return { count }
  }
  return { read, finish: () => waiting.splice(0).forEach((resolve) => resolve()) }
}

const later = () => vi.advanceTimersByTime(5)

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  clock = new TagClock({})
  reads = 0
})

afterEach(() => {
  vi.useRealTimers()
})

describe('a value kept until its tags expire', () => {
  it('is read once and then answered from memory, the same object each time', async () => {
    const kept = keptUntilExpired(['concepts'], counter().read, () => clock)
    const first = await kept()
    later()
    expect(await kept()).toBe(first)
    expect(reads).toBe(1)
  })

  it('is read again after one of its tags expires, and only then', async () => {
    const kept = keptUntilExpired(['concepts', 'categories'], counter().read, () => clock)
    await kept()
    later()
    await clock.expire(['use-cases'])
    later()
    expect(await kept()).toEqual({ count: 1 })
    await clock.expire(['categories'])
    later()
    expect(await kept()).toEqual({ count: 2 })
    expect(await kept()).toEqual({ count: 2 })
  })

  it('is read afresh while a write’s expiry is still pending', async () => {
    const kept = keptUntilExpired(['concepts'], counter().read, () => clock)
    await kept()
    let commit = () => {}
    const held = clock.hold(new Promise<void>((resolve) => (commit = resolve)))
    expect(await kept()).toEqual({ count: 2 })
    expect(await kept()).toEqual({ count: 3 })
    commit()
    await held
    later()
    expect(await kept()).toEqual({ count: 3 })
  })

  it('shares one read among callers who ask while it is under way', async () => {
    const { read, finish } = counter(true)
    const kept = keptUntilExpired(['concepts'], read, () => clock)
    const asked = [kept(), kept(), kept()]
    await vi.waitFor(() => expect(reads).toBe(1))
    finish()
    expect(await Promise.all(asked)).toEqual([{ count: 1 }, { count: 1 }, { count: 1 }])
  })

  it('does not keep a value whose tags expired while it was being read', async () => {
    const { read, finish } = counter(true)
    const kept = keptUntilExpired(['concepts'], read, () => clock)
    const asked = kept()
    await vi.waitFor(() => expect(reads).toBe(1))
    later()
    await clock.expire(['concepts'])
    finish()
    expect(await asked).toEqual({ count: 1 })
    later()
    const again = kept()
    await vi.waitFor(() => expect(reads).toBe(2))
    finish()
    expect(await again).toEqual({ count: 2 })
  })
})
