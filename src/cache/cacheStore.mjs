// @ts-check
// Cache entries in PostgreSQL, shared by every instance of one build: what one instance
// rendered, another serves without rendering again. Values are Next's own objects (with
// Buffers and Maps), serialized with v8 and compressed with brotli at its fastest setting
// (smaller than deflate's default, and several times quicker).
import { promisify } from 'node:util'
import v8 from 'node:v8'
import zlib from 'node:zlib'

const brotli = promisify(zlib.brotliCompress)
const unbrotli = promisify(zlib.brotliDecompress)
const FASTEST = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MIN_QUALITY } }

/**
 * @typedef {{ value: unknown, tags: string[], lastModified: number, cacheControl?: unknown }} CacheEntry
 * @typedef {{ query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> }} Queryable
 * @typedef {{ value: Buffer, tags: string[], cacheControl: unknown, lastModified: number }} EntryRow
 */

/** Serialized once: its length is what the entry weighs in memory, its bytes what is stored. */
export const serializeValue = (/** @type {unknown} */ value) => v8.serialize(value)

/**
 * The entry, and its serialized size (what it weighs in memory).
 * @param {Queryable} database @param {string} buildId @param {string} key
 * @returns {Promise<{ entry: CacheEntry, bytes: number } | undefined>}
 */
export async function loadEntry(database, buildId, key) {
  const { rows } = await database.query(
    `select value, tags, cache_control as "cacheControl", last_modified as "lastModified"
     from groundwork_cache_entries where build_id = $1 and key = $2`,
    [buildId, key],
  )
  if (rows.length === 0) return undefined
  const { value, tags, cacheControl, lastModified } = /** @type {EntryRow} */ (rows[0])
  const serialized = await unbrotli(value)
  const entry = { value: v8.deserialize(serialized), tags, cacheControl: cacheControl ?? undefined, lastModified }
  return { entry, bytes: serialized.length }
}

/**
 * Stores the entry unless a newer render of the same key is already there.
 * @param {Queryable} database @param {string} buildId @param {string} key @param {CacheEntry} entry @param {Buffer} serialized
 */
export async function storeEntry(database, buildId, key, entry, serialized) {
  const value = await brotli(serialized, FASTEST)
  await database.query(
    `insert into groundwork_cache_entries (build_id, key, value, tags, cache_control, last_modified, bytes)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (build_id, key) do update set value = excluded.value, tags = excluded.tags,
       cache_control = excluded.cache_control, last_modified = excluded.last_modified, bytes = excluded.bytes
     where groundwork_cache_entries.last_modified <= excluded.last_modified`,
    [buildId, key, value, entry.tags, entry.cacheControl ?? null, entry.lastModified, value.length],
  )
}

/** @param {Queryable} database @param {string} buildId @param {string} key */
export async function deleteEntry(database, buildId, key) {
  await database.query('delete from groundwork_cache_entries where build_id = $1 and key = $2', [buildId, key])
}

/**
 * Keeps the table within `maxBytes` (as stored, compressed), newest renders first, and drops other
 * builds' entries an hour after they were last written (a rolling deploy still reads them).
 * @param {Queryable} database @param {string} buildId @param {number} maxBytes
 */
export async function pruneEntries(database, buildId, maxBytes) {
  await database.query(
    `delete from groundwork_cache_entries
     where build_id <> $1 and last_modified < (extract(epoch from clock_timestamp()) * 1000 - 3600000)`,
    [buildId],
  )
  await database.query(
    `delete from groundwork_cache_entries e using (
       select build_id, key, sum(bytes) over (order by last_modified desc, key) as total from groundwork_cache_entries
     ) ranked
     where e.build_id = ranked.build_id and e.key = ranked.key and ranked.total > $1::float8`,
    [maxBytes],
  )
}
