// @ts-check
// One per process, whatever number of handler objects Next makes (one or two per request):
// the database pool, the tag expiries every instance shares, this instance's copy of entries,
// and when each key was last looked up (the start of the render a miss leads to).
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { measureClockOffset } from './cacheClock.mjs'
import { deleteEntry, loadEntry, pruneEntries, storeEntry } from './cacheStore.mjs'
import { MemoryEntries } from './memoryEntries.mjs'
import { expireTagsInDatabase, TAG_CHANGES_SINCE, TAG_CHANNEL } from './tagExpiries.mjs'

/** @typedef {import('./cacheStore.mjs').CacheEntry} CacheEntry */

const SYNC_EVERY_MS = 1_000
const PRUNE_EVERY_MS = 10 * 60_000
const MAX_PENDING_LOOKUPS = 10_000
const MAX_STORED_BYTES = Number(process.env.CACHE_MAX_STORED_MB || 1024) * 1024 * 1024

/** @param {unknown} error */
const reason = (error) => (error instanceof Error ? error.message : String(error))

export class SharedCache {
  /** @param {{ serverDistDir?: string, maxMemoryCacheSize?: number, buildId?: string }} options */
  constructor(options) {
    /** @type {MemoryEntries<CacheEntry>} */
    this.memory = new MemoryEntries(options.maxMemoryCacheSize || 64 * 1024 * 1024)
    /** @type {Map<string, number>} when each tag last expired, database time */
    this.expiries = new Map()
    /** @type {Map<string, number>} the earliest lookup of each key not yet followed by a write */
    this.lookups = new Map()
    this.clockOffset = 0
    this.lastChange = '0'
    this.buildId = options.buildId ?? readBuildId(options.serverDistDir)
    this.shared = process.env.NEXT_PHASE !== 'phase-production-build' && Boolean(process.env.DATABASE_URL)
    this.pool = this.shared
      ? new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4, connectionTimeoutMillis: 2_000 })
      : undefined
    this.pool?.on('error', () => {})
    /** @type {pg.Client | undefined} */
    this.listener = undefined
    /** @type {Promise<void> | undefined} */
    this.syncing = undefined
    this.syncAgain = false
    /** @type {NodeJS.Timeout[] | undefined} */
    this.timers = undefined
    this.ready = this.pool ? this.start(this.pool) : Promise.resolve()
  }

  /** @param {pg.Pool} pool */
  async start(pool) {
    try {
      this.clockOffset = await measureClockOffset(pool)
      await this.sync()
    } catch (error) {
      console.warn(`The shared page cache cannot reach the database yet (${reason(error)}); retrying.`)
    }
    this.timers = [
      setInterval(() => void this.sync().catch(() => {}), SYNC_EVERY_MS).unref(),
      setInterval(() => void this.prune(), PRUNE_EVERY_MS).unref(),
    ]
  }

  /** Database time now, in milliseconds. */
  now() {
    return Date.now() + this.clockOffset
  }

  /** @param {string} key */
  noteLookup(key) {
    if (this.lookups.has(key)) return
    if (this.lookups.size >= MAX_PENDING_LOOKUPS) this.lookups.delete(this.lookups.keys().next().value ?? '')
    this.lookups.set(key, this.now())
  }

  /** When the render now being written began: at the first lookup since the last write. @param {string} key */
  takeLookup(key) {
    const since = this.lookups.get(key) ?? this.now()
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

  /** @param {string} key @param {CacheEntry} entry @param {Buffer} serialized */
  async keep(key, entry, serialized) {
    this.memory.set(key, entry, serialized.length)
    if (!this.pool) return
    await storeEntry(this.pool, this.buildId, key, entry, serialized).catch((error) =>
      console.warn(`Could not store a cache entry in the database (${reason(error)}).`),
    )
  }

  /** @param {string} key */
  async forget(key) {
    this.memory.delete(key)
    if (this.pool) await deleteEntry(this.pool, this.buildId, key).catch(() => {})
  }

  /** Expires the tags here at once, then for every instance. @param {string[]} tags */
  async expire(tags) {
    const now = this.now()
    for (const tag of tags) this.expiries.set(tag, now)
    if (!this.pool) return
    await expireTagsInDatabase(this.pool, tags).catch((error) =>
      console.warn(`Could not share the expiry of cache tags ${tags.join(', ')} (${reason(error)}).`),
    )
  }

  /** Reads the tag expiries that changed since the last read: one read at a time, and one more if asked meanwhile. */
  sync() {
    if (this.syncing) {
      this.syncAgain = true
      return this.syncing
    }
    this.syncing = (async () => {
      do {
        this.syncAgain = false
        await this.readChanges()
      } while (this.syncAgain)
    })().finally(() => {
      this.syncing = undefined
    })
    return this.syncing
  }

  async readChanges() {
    if (!this.pool) return
    await this.listen()
    /** @type {{ rows: { tag: string, expiredAt: number, change: string }[] }} */
    const { rows } = await this.pool.query(TAG_CHANGES_SINCE, [this.lastChange])
    for (const { tag, expiredAt, change } of rows) {
      if (expiredAt > (this.expiries.get(tag) ?? -Infinity)) this.expiries.set(tag, expiredAt)
      if (BigInt(change) > BigInt(this.lastChange)) this.lastChange = change
    }
  }

  /** A connection that hears other processes' expiries the moment they happen. */
  async listen() {
    if (this.listener) return
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 2_000 })
    const drop = () => {
      if (this.listener === listener) this.listener = undefined
      void listener.end().catch(() => {})
    }
    listener.on('error', drop)
    listener.on('end', drop)
    listener.on('notification', () => void this.sync().catch(() => {}))
    this.listener = listener
    try {
      await listener.connect()
      await listener.query(`listen ${TAG_CHANNEL}`)
    } catch (error) {
      drop()
      throw error
    }
  }

  /** Stops syncing and closes the connections (a process ending needs none of this). */
  async close() {
    await this.ready
    for (const timer of this.timers ?? []) clearInterval(timer)
    if (this.listener) await this.listener.end().catch(() => {})
    this.listener = undefined
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

/** The process's one SharedCache. @param {{ serverDistDir?: string, maxMemoryCacheSize?: number }} options @returns {SharedCache} */
export function sharedCache(options) {
  const holder = /** @type {{ [SHARED]?: SharedCache }} */ (/** @type {unknown} */ (globalThis))
  holder[SHARED] ??= new SharedCache(options)
  return holder[SHARED]
}
