// A seeded pseudo-random source (mulberry32) for the generated bench dataset: the same
// seed always gives the same content, so two bench runs search the same text.
export type Random = {
  /** A float in [0, 1). */
  next: () => number
  /** An integer from `min` to `max`, both included. */
  int: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
  /** `count` different items of a short list (it is copied), in random order. */
  sample: <T>(items: readonly T[], count: number) => T[]
  chance: (probability: number) => boolean
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items]
    const size = Math.min(count, pool.length)
    for (let i = 0; i < size; i++) {
      const j = int(i, pool.length - 1)
      ;[pool[i], pool[j]] = [pool[j], pool[i]]
    }
    return pool.slice(0, size)
  }
  return { next, int, pick, sample, chance: (probability) => next() < probability }
}
