// @ts-check
// This instance's copy of cache entries, the most recently used kept within a byte budget:
// what makes a cached page as fast as Next's own memory cache.

/**
 * @template T
 * @typedef {{ entry: T, bytes: number }} Sized
 */

/** @template T */
export class MemoryEntries {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes
    this.bytes = 0
    /** @type {Map<string, Sized<T>>} */
    this.entries = new Map()
  }

  /** @param {string} key */
  get(key) {
    const found = this.entries.get(key)
    if (!found) return undefined
    this.entries.delete(key)
    this.entries.set(key, found)
    return found.entry
  }

  /** @param {string} key @param {T} entry @param {number} bytes */
  set(key, entry, bytes) {
    this.delete(key)
    if (bytes > this.maxBytes) return
    this.entries.set(key, { entry, bytes })
    this.bytes += bytes
    for (const [oldest, { bytes: size }] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= size
    }
  }

  /** @param {string} key */
  delete(key) {
    const found = this.entries.get(key)
    if (!found) return
    this.entries.delete(key)
    this.bytes -= found.bytes
  }
}
