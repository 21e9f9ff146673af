// The page cache several app instances share (src/cache), with two instances' caches side by
// side on the test database: what one renders the other serves, a tag expired by one (or by a
// process outside Next, as the job runner) is a miss in both within a second, a render that
// began before an expiry is never kept as fresh, an unknown address adds no row, and the stored
// cache stays within its budget.
import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { SharedCacheHandler } from '@/cache/postgresCacheHandler.mjs'
import { SharedCache } from '@/cache/sharedCache.mjs'
import { expireTagsInDatabase } from '@/cache/tagExpiries.mjs'

const caches: SharedCache[] = []

function instance(buildId = 'build-1'): SharedCacheHandler {
  const cache = new SharedCache({ buildId, maxMemoryCacheSize: 8 * 1024 * 1024 })
  caches.push(cache)
  return new SharedCacheHandler(cache)
}

/** A concept page as Next caches it, tagged with the concept's slug. */
const page = (slug: string, text = slug) => ({
  kind: 'APP_PAGE',
  html: `<h1>${text}</h1>`,
  rscData: Buffer.from(`rsc ${text}`),
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  headers: { 'x-next-cache-tags': `_N_T_/layout,concepts,concept:${slug}` },
  status: 200,
})

const read = (text: string) => ({ kind: 'FETCH', data: { body: JSON.stringify({ text }), headers: {}, status: 200 } })

/** The html a cache answers for a key, or null on a miss. */
async function htmlIn(handler: SharedCacheHandler, key: string): Promise<string | null> {
  const hit = await handler.get(key, { kind: 'APP_PAGE' })
  return hit ? (hit.value as { html: string }).html : null
}

/** Waits until every instance's writes so far are rows: a render is stored after its response. */
async function allStored() {
  await Promise.all(caches.map((cache) => cache.stored()))
}

afterAll(async () => {
  await Promise.all(caches.map((cache) => cache.close()))
})

describe('the shared page cache', () => {
  it('serves in one instance what another rendered, Buffers and Maps intact', async () => {
    const [a, b] = [instance(), instance()]
    const key = `/concepts/${randomUUID()}`
    expect(await a.get(key, { kind: 'APP_PAGE' })).toBeNull()
    await a.set(key, page('shared'), { kind: 'APP_PAGE' })
    await expect.poll(() => htmlIn(b, key), { timeout: 1_000, interval: 20 }).toBe('<h1>shared</h1>')
    const hit = await b.get(key, { kind: 'APP_PAGE' })
    const value = hit?.value as ReturnType<typeof page>
    expect(value.html).toBe('<h1>shared</h1>')
    expect(value.rscData.toString()).toBe('rsc shared')
    expect(value.segmentData.get('/_tree')?.toString()).toBe('tree')
  })

  it('treats a page as gone in every instance within a second of a tag expiring in one', async () => {
    const [a, b] = [instance(), instance()]
    const slug = randomUUID()
    const key = `/concepts/${slug}`
    await a.set(key, page(slug), { kind: 'APP_PAGE' })
    await allStored()
    expect(await htmlIn(b, key)).toBe(`<h1>${slug}</h1>`)
    await a.revalidateTag([`concept:${slug}`])
    expect(await htmlIn(a, key)).toBeNull()
    await expect.poll(() => htmlIn(b, key), { timeout: 1_000, interval: 50 }).toBeNull()
  })

  it('expires in every instance what a process outside Next expires by SQL alone (the job runner, a CLI task)', async () => {
    const [a, b] = [instance(), instance()]
    const slug = randomUUID()
    const tags = [`concept:${slug}`]
    await a.set(`read:${slug}`, read(slug), { tags })
    await allStored()
    expect(await b.get(`read:${slug}`, { kind: 'FETCH', tags })).not.toBeNull()
    const jobRunner = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await jobRunner.connect()
    await expireTagsInDatabase(jobRunner, tags)
    await jobRunner.end()
    for (const handler of [a, b]) {
      await expect
        .poll(() => handler.get(`read:${slug}`, { kind: 'FETCH', tags }), { timeout: 1_000, interval: 50 })
        .toBeNull()
    }
  })

  it('never keeps as fresh a render that began before an expiry and ended after it', async () => {
    const [a, b] = [instance(), instance()]
    const slug = randomUUID()
    const key = `/concepts/${slug}`
    expect(await a.get(key, { kind: 'APP_PAGE' })).toBeNull()
    await b.revalidateTag([`concept:${slug}`])
    await a.set(key, page(slug, `${slug} read before the publish`), { kind: 'APP_PAGE' })
    await expect.poll(() => htmlIn(a, key), { timeout: 1_000, interval: 50 }).toBeNull()
    await a.set(key, page(slug, `${slug} read after the publish`), { kind: 'APP_PAGE' })
    expect(await htmlIn(a, key)).toBe(`<h1>${slug} read after the publish</h1>`)
  })

  it('keeps what records an absence (a not-found page, a read that found nothing) in its own memory, never as a row', async () => {
    const [a, b] = [instance(), instance()]
    const slug = randomUUID()
    const key = `/concepts/${slug}`
    const tags = [`concept:${slug}`]
    await a.set(key, { ...page(slug, 'Page not found'), status: 404 }, { kind: 'APP_PAGE' })
    await a.set(`read:${slug}`, { kind: 'FETCH', data: { headers: {}, status: 200, url: '' } }, { tags })
    expect(await htmlIn(a, key)).toBe('<h1>Page not found</h1>')
    expect(await a.get(`read:${slug}`, { kind: 'FETCH', tags })).not.toBeNull()
    await allStored()
    expect(await htmlIn(b, key)).toBeNull()
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL })
    const { rows } = await pool.query('select key from groundwork_cache_entries where key in ($1, $2)', [
      key,
      `read:${slug}`,
    ])
    await pool.end()
    expect(rows).toEqual([])
    // Publishing the concept anywhere ends the remembered 404.
    await b.revalidateTag(tags)
    await expect.poll(() => htmlIn(a, key), { timeout: 1_000, interval: 50 }).toBeNull()
  })

  it('serves a key’s latest render everywhere, and forgets a key for good even while its store is under way', async () => {
    const [a, b] = [instance(), instance()]
    const key = `/concepts/${randomUUID()}`
    await a.set(key, page('first'), { kind: 'APP_PAGE' })
    await a.set(key, page('second'), { kind: 'APP_PAGE' })
    await allStored()
    expect(await htmlIn(b, key)).toBe('<h1>second</h1>')
    await a.set(key, page('third'), { kind: 'APP_PAGE' })
    await a.set(key, null)
    await allStored()
    expect(await htmlIn(a, key)).toBeNull()
    expect(await htmlIn(instance(), key)).toBeNull()
  })

  it('keeps builds apart: another build never serves this one’s pages', async () => {
    const key = `/concepts/${randomUUID()}`
    const one = instance('build-1')
    await one.set(key, page('one'), { kind: 'APP_PAGE' })
    await allStored()
    expect(await htmlIn(instance('build-1'), key)).toBe('<h1>one</h1>')
    expect(await htmlIn(instance('build-2'), key)).toBeNull()
  })

  it('stays within its stored budget, dropping the oldest renders first', async () => {
    const a = instance('build-prune')
    const keys = Array.from({ length: 5 }, (_, i) => `/pruned/${i}`)
    for (const key of keys) {
      await a.set(key, { ...page(key), rscData: crypto.getRandomValues(Buffer.alloc(4096)) }, { kind: 'APP_PAGE' })
      await sleep(5) // renders a few milliseconds apart, so "oldest" is unambiguous
    }
    await allStored()
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL })
    const stored = async () =>
      (
        await pool.query<{ key: string; bytes: number }>(
          "select key, bytes from groundwork_cache_entries where build_id = 'build-prune' order by last_modified",
        )
      ).rows
    const each = (await stored())[0].bytes
    await caches[caches.length - 1].prune(each * 2.5)
    expect((await stored()).map((row) => row.key)).toEqual(keys.slice(3))
    await pool.end()
  })
})
