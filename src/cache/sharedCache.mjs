// @ts-check
// One per process, whatever number of handler objects Next makes (one or two per request):
// the database pool, this instance's copy of entries, the tag clock every instance shares
// (tagClock.mjs), and when each key was last looked up (the start of the render a miss leads to).
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { deleteEntry, loadEntry, pruneEntries, storeEntry } from './cacheStore.mjs'
import { MemoryEntries } from './memoryEntries.mjs'
import { reason, sharedDatabaseUrl, TagClock, tagClock } from './tagClock.mjs'

/** @typedef {import('./cacheStore.mjs').CacheEntry} CacheEntry */

const PRUNE_EVERY_MS = 10 * 60_000
const MAX_PENDING_LOOKUPS = 10_000
const MAX_STORED_BYTES = Number(process.env.CACHE_MAX_STORED_MB || 1024) * 1024 * 1024

export class SharedCache {
  /** @param {{ serverDistDir?: string, maxMemoryCacheSize?: number, buildId?: string, clock?: TagClock }} options */
  constructor(options) {
    /** @type {MemoryEntries<CacheEntry>} */
    this.memory = new MemoryEntries(options.maxMemoryCacheSize || 64 * 1024 * 1024)
    /** @type {Map<string, number>} the earliest lookup of each key not yet followed by a write */
    this.lookups = new Map()
    /** @type {Map<string, Promise<void>>} each key's stores still on their way to the database */
    this.storing = new Map()
    this.buildId = options.buildId ?? readBuildId(options.serverDistDir)
    const connectionString = sharedDatabaseUrl()
    this.clock = options.clock ?? new TagClock({ connectionString })
    this.pool = connectionString ? new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis: 2_000 }) : undefined
    this.pool?.on('error', () => {})
    this.pruning = this.pool ? setInterval(() => void this.prune(), PRUNE_EVERY_MS).unref() : undefined
    this.ready = this.clock.ready
  }

  /** @param {string} key */
  noteLookup(key) {
    if (this.lookups.has(key)) return
    if (this.lookups.size >= MAX_PENDING_LOOKUPS) this.lookups.delete(this.lookups.keys().next().value ?? '')
    this.lookups.set(key, this.clock.now())
  }

  /** When the render now being written began: at the first lookup since the last write. @param {string} key */
  takeLookup(key) {
    const since = this.lookups.get(key) ?? this.clock.now()
    this.lookups.delete(key)
    return since
  }

  /** @param {string} key @returns {Promise<CacheEntry | undefined>} */
  async find(key) {
    const held = this.memory.get(key)
    if (held || !this.pool) return held
    const loaded = await loadEntry(this.pool, this.buildId, key).catch(() => undefined)
    if (loaded) this.memory.set(key, loaded.entry, loaded.bytes)
    return loaded?.entry
  }

  /**
   * Keeps the entry in this process's memory at once and, when `shared`, stores it in the database
   * for every instance without holding up the response that rendered it. An instance that reads the
   * row a moment later judges it by when its render began, so the delay never lets a page outlive an expiry.
   * @param {string} key @param {CacheEntry} entry @param {Buffer} serialized @param {{ shared?: boolean }} [options]
   */
  keep(key, entry, serialized, { shared = true } = {}) {
    this.memory.set(key, entry, serialized.length)
    if (!this.pool || !shared) return
    const pool = this.pool
    // After the key's store still under way, if any: each key's stores land in the order kept.
    const stored = (this.storing.get(key) ?? Promise.resolve())
      .then(() => storeEntry(pool, this.buildId, key, entry, serialized))
      .catch((error) => console.warn(`Could not store a cache entry in the database (${reason(error)}).`))
      .finally(() => {
        if (this.storing.get(key) === stored) this.storing.delete(key)
      })
    this.storing.set(key, stored)
  }

  /** Once every entry kept so far is in the database (or has failed to get there with a warning). */
  async stored() {
    await Promise.all(this.storing.values())
  }

  /** @param {string} key */
  async forget(key) {
    this.memory.delete(key)
    await this.storing.get(key)
    if (this.pool) await deleteEntry(this.pool, this.buildId, key).catch(() => {})
  }

  /** Stops pruning and closes the connections (a process ending needs none of this). */
  async close() {
    await this.stored()
    clearInterval(this.pruning)
    await this.clock.close()
    await this.pool?.end()
  }

  async prune(maxBytes = MAX_STORED_BYTES) {
    if (!this.pool) return
    await pruneEntries(this.pool, this.buildId, maxBytes).catch((error) =>
      console.warn(`Could not prune the shared page cache (${reason(error)}).`),
    )
  }
}

/** @param {string | undefined} serverDistDir */
function readBuildId(serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir ?? '', '..', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'development'
  }
}

const SHARED = Symbol.for('groundwork.sharedCache')

/** The process's one SharedCache, on its one TagClock. @param {{ serverDistDir?: string, maxMemoryCacheSize?: number }} options @returns {SharedCache} */
export function sharedCache(options) {
  const holder = /** @type {{ [SHARED]?: SharedCache }} */ (/** @type {unknown} */ (globalThis))
  holder[SHARED] ??= new SharedCache({ ...options, clock: tagClock() })
  return holder[SHARED]
}
