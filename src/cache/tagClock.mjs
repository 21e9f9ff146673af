// @ts-check
// When each cache tag last expired, as this process knows it: read from the shared table at
// start, then kept current by a notification the moment another process expires a tag and a
// poll every second as well. Times are the database's clock. Both of this process's caches
// (Next's pages and data, and the API's answers to readers) judge freshness by it.
import pg from 'pg'
import { measureClockOffset } from './cacheClock.mjs'
import { expireTagsInDatabase, expiredSince, TAG_CHANGES_SINCE, TAG_CHANNEL } from './tagExpiries.mjs'

const SYNC_EVERY_MS = 1_000

/** @param {unknown} error */
export const reason = (error) => (error instanceof Error ? error.message : String(error))

export class TagClock {
  /** @param {{ connectionString?: string }} options without a database, the clock is this process's alone */
  constructor({ connectionString }) {
    this.connectionString = connectionString
    /** @type {Map<string, number>} when each tag last expired, database time */
    this.expiries = new Map()
    /** @type {Set<Promise<unknown>>} expiries this process has begun and not yet finished */
    this.pending = new Set()
    this.offset = 0
    this.lastChange = '0'
    this.pool = connectionString ? new pg.Pool({ connectionString, max: 2, connectionTimeoutMillis: 2_000 }) : undefined
    this.pool?.on('error', () => {})
    /** @type {pg.Client | undefined} */
    this.listener = undefined
    /** @type {Promise<void> | undefined} */
    this.syncing = undefined
    this.syncAgain = false
    /** @type {NodeJS.Timeout | undefined} */
    this.timer = undefined
    this.ready = this.pool ? this.start(this.pool) : Promise.resolve()
  }

  /** @param {pg.Pool} pool */
  async start(pool) {
    try {
      this.offset = await measureClockOffset(pool)
      await this.sync()
    } catch (error) {
      console.warn(`The cache cannot reach the database yet (${reason(error)}); retrying.`)
    }
    this.timer = setInterval(() => void this.sync().catch(() => {}), SYNC_EVERY_MS).unref()
  }

  /** Database time now, in milliseconds. */
  now() {
    return Date.now() + this.offset
  }

  /** True when one of the tags expired after `since` (database time). @param {Iterable<string>} tags @param {number} since */
  expiredSince(tags, since) {
    return expiredSince(this.expiries, tags, since)
  }

  /**
   * True when what was read at `since` (database time) may still be served: none of the tags
   * has expired since, and no expiry this process has begun is still pending.
   * @param {Iterable<string>} tags @param {number} since
   */
  unchangedSince(tags, since) {
    return !this.settling && !this.expiredSince(tags, since)
  }

  /** True while an expiry this process has begun (a write's, once it commits) has not landed. */
  get settling() {
    return this.pending.size > 0
  }

  /**
   * Counts `expiry` as begun until it settles: a write whose tags will expire once its
   * transaction ends, so that nothing is served as fresh from before it meanwhile.
   * @param {Promise<unknown>} expiry
   */
  hold(expiry) {
    const held = expiry.finally(() => this.pending.delete(held))
    this.pending.add(held)
    return held
  }

  /** Expires the tags here at once, then for every process. @param {string[]} tags */
  async expire(tags) {
    const now = this.now()
    for (const tag of tags) this.expiries.set(tag, now)
    if (!this.pool) return
    await expireTagsInDatabase(this.pool, tags).catch((error) =>
      console.warn(`Could not share the expiry of cache tags ${tags.join(', ')} (${reason(error)}).`),
    )
  }

  /** Reads the expiries that changed since the last read: one read at a time, and one more if asked meanwhile. */
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
    const listener = new pg.Client({ connectionString: this.connectionString, connectionTimeoutMillis: 2_000 })
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
    clearInterval(this.timer)
    if (this.listener) await this.listener.end().catch(() => {})
    this.listener = undefined
    await this.pool?.end()
  }
}

/** Outside a build, the database the app runs on; during `next build`, none (it prerenders alone). */
export function sharedDatabaseUrl() {
  return process.env.NEXT_PHASE === 'phase-production-build' ? undefined : process.env.DATABASE_URL || undefined
}

const CLOCK = Symbol.for('groundwork.tagClock')

const holder = /** @type {{ [CLOCK]?: TagClock }} */ (/** @type {unknown} */ (globalThis))

/** The process's one TagClock, shared by every bundle that loads this module. @returns {TagClock} */
export function tagClock() {
  holder[CLOCK] ??= new TagClock({ connectionString: sharedDatabaseUrl() })
  return holder[CLOCK]
}

/** The process's TagClock if a cache has started one (a CLI task or the job runner alone has none). */
export function runningTagClock() {
  return holder[CLOCK]
}
