// @ts-check
// Next's cache handler (next.config.mjs `cacheHandler`), backed by the PostgreSQL the app
// already runs, so several instances of one build share one truth: an entry one renders the
// others serve, and a tag expired anywhere (in a request, the job runner, a CLI task) expires
// it everywhere within a second. Next checks tag expiry only against its own process's memory,
// so this handler decides it: an entry with a tag that expired after it was rendered is a miss.
// Every expiry is immediate, whatever profile `revalidateTag` names: readers never see a stale page.
import { serializeValue } from './cacheStore.mjs'
import { sharedCache } from './sharedCache.mjs'

/**
 * @typedef {{ kind?: string, tags?: string[], softTags?: string[], cacheControl?: unknown }} CacheContext
 * @typedef {{ kind?: string, headers?: Record<string, unknown> } & Record<string, unknown>} CacheValue
 */

/** The tags a page was rendered with: those of every cached read it made, which Next lists in a header. */
function pageTags(/** @type {CacheValue} */ value) {
  const header = value.headers?.['x-next-cache-tags']
  return typeof header === 'string' && header ? header.split(',') : []
}

/**
 * Whether the entry only records that something does not exist: a not-found page, or a cached
 * read that found nothing. Anyone may ask for endless unknown addresses, so such entries stay
 * in this process's memory: they never become rows in the shared store, nor push pages out of it.
 */
function recordsAbsence(/** @type {CacheValue} */ value) {
  if (value.kind === 'APP_PAGE') return value.status === 404
  if (value.kind === 'FETCH') return /** @type {{ body?: unknown } | undefined} */ (value.data)?.body === undefined
  return false
}

/** The handler's rules over a given SharedCache: one per process in the app, several in a test. */
export class SharedCacheHandler {
  /** @param {import('./sharedCache.mjs').SharedCache} cache */
  constructor(cache) {
    this.cache = cache
  }

  /** @param {string} key @param {CacheContext} [context] */
  async get(key, context) {
    await this.cache.ready
    this.cache.noteLookup(key)
    const entry = await this.cache.find(key)
    if (!entry) return null
    const tags = [...entry.tags, ...(context?.tags ?? []), ...(context?.softTags ?? [])]
    if (this.cache.clock.expiredSince(tags, entry.lastModified)) return null
    return {
      value: entry.value,
      lastModified: entry.lastModified - this.cache.clock.offset,
      cacheControl: entry.cacheControl,
    }
  }

  /** @param {string} key @param {CacheValue | null} value @param {CacheContext} [context] */
  async set(key, value, context) {
    await this.cache.ready
    const lastModified = this.cache.takeLookup(key)
    if (!value) return this.cache.forget(key)
    const tags = value.kind === 'FETCH' ? (context?.tags ?? []) : pageTags(value)
    this.cache.keep(key, { value, tags, lastModified, cacheControl: context?.cacheControl }, serializeValue(value), {
      shared: !recordsAbsence(value),
    })
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    await this.cache.ready
    await this.cache.clock.expire(typeof tags === 'string' ? [tags] : tags)
  }

  resetRequestCache() {}
}

/** What Next constructs (once or twice per request): the rules over this process's one SharedCache. */
export default class PostgresCacheHandler extends SharedCacheHandler {
  /** @param {{ serverDistDir?: string, maxMemoryCacheSize?: number }} options */
  constructor(options) {
    super(sharedCache(options))
  }
}
