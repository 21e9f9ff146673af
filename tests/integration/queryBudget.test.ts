// What a page's cache miss costs the database: the same number of queries however many FAQs
// and use cases a concept has, and however many concepts the site holds (measured again after
// a generated set of GENERATED_CONCEPTS is added), with no read returning more rows than its
// page shows.
import pg from 'pg'
import type { Payload } from 'payload'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Category, Concept } from '@/payload-types'
import { CONCEPTS_PER_PAGE } from '@/content/conceptFilters'
import { listCategories } from '@/content/reads/categories'
import { getConceptPage, listConceptPage } from '@/content/reads/concepts'
import { countSitemapEntries, FEED_SIZE, listFeedEntries } from '@/content/reads/feeds'
import { readHomeSelection, readLearningPaths } from '@/content/reads/home'
import { listLetterStarts } from '@/content/reads/publishedIndex'
import { listUseCasePage } from '@/content/reads/useCases'
import { publishedImageIds, publishedTextsShowing } from '@/content/media/publishedImages'
import { searchDb } from '@/search/searchDb'
import { listSimilarConcepts } from '@/search/similarConcepts'
import { slugify } from '@/fields/slugify'
import { richText } from '@/seed/richText'
import { relationId } from '@/fields/relationId'
import { rest } from '../helpers/api'
import { createCategory, createConcept, unique } from '../helpers/fixtures'
import { fillGeneratedDataset, type GeneratedDataset } from '../helpers/generatedDataset'
import { testPayload } from '../helpers/payload'

let payload: Payload
let category: Category

async function withCompanions(count: number): Promise<Concept> {
  const concept = await createConcept(payload, category)
  for (let i = 0; i < count; i += 1) {
    await payload.create({
      collection: 'faqs',
      data: { question: `Question ${i}?`, answer: richText(['Answer.']), concept: concept.id, _status: 'published' },
    })
    const title = unique('Use case')
    await payload.create({
      collection: 'use-cases',
      data: {
        title,
        slug: slugify(title),
        organization: 'Acme',
        summary: 'Did it.',
        concepts: [concept.id],
        _status: 'published',
      },
    })
  }
  return concept
}

type Cost = { queries: number; rows: number }

type QueryResult = { rows?: unknown[] } | undefined

/**
 * Queries sent in the background, whatever the test reads: the job runner's, on its own timer
 * (every second in tests), and the cache-tag expiries a publish sends after its transaction ends.
 */
const BACKGROUND_QUERY = /payload_jobs|advisory_lock|groundwork_cache_tags|pg_notify/

function queryText(query: unknown): string {
  return typeof query === 'string' ? query : String((query as { text?: string } | undefined)?.text ?? '')
}

/** A query as node-postgres was asked to send it: text and parameters. */
function sentQuery(query: unknown, values: unknown): { text: string; values: unknown[] } {
  const configured = (query as { values?: unknown[] } | undefined)?.values
  return { text: queryText(query), values: Array.isArray(values) ? values : (configured ?? []) }
}

type Sent = { text: string; values: unknown[]; result: Promise<QueryResult> }

/** The queries a read sends, background ones left out, each with its parameters and its result. */
async function queriesSentBy(read: () => Promise<unknown>): Promise<Sent[]> {
  const spy = vi.spyOn(pg.Client.prototype, 'query')
  await read()
  const sent = spy.mock.calls.flatMap(([query, values], index) =>
    BACKGROUND_QUERY.test(queryText(query))
      ? []
      : [{ ...sentQuery(query, values), result: spy.mock.results[index].value as Promise<QueryResult> }],
  )
  spy.mockRestore()
  return sent
}

/** The queries a read sends and the rows they return, background ones left out; the fewest of five runs. */
async function costOf(read: () => Promise<unknown>): Promise<Cost> {
  const runs: Cost[] = []
  for (let i = 0; i < 5; i += 1) {
    const results = await Promise.all((await queriesSentBy(read)).map((sent) => sent.result))
    runs.push({ queries: results.length, rows: results.reduce((sum, result) => sum + (result?.rows?.length ?? 0), 0) })
  }
  return runs.reduce((fewest, run) => (run.queries < fewest.queries ? run : fewest))
}

/** A statement that only reads: what EXPLAIN ANALYZE may run again. */
const READS_ROWS = /^\s*(select|with)\b/i

type PlanNode = {
  'Node Type': string
  'Relation Name'?: string
  'Shared Hit Blocks'?: number
  'Shared Read Blocks'?: number
  Plans?: PlanNode[]
}

const databasePool = () => (payload.db as unknown as PostgresAdapter).pool

/** The plans of the reading queries a read sends, by EXPLAIN with `options` (ANALYZE runs each again). */
async function plansOf(read: () => Promise<unknown>, options: string): Promise<PlanNode[]> {
  const plans: PlanNode[] = []
  for (const { text, values } of await queriesSentBy(read)) {
    if (!READS_ROWS.test(text)) continue
    const { rows } = await databasePool().query(`explain (${options}, format json) ${text}`, values)
    plans.push((rows[0]['QUERY PLAN'] as { Plan: PlanNode }[])[0].Plan)
  }
  return plans
}

/**
 * The database pages a read's queries touch, by EXPLAIN ANALYZE run again on each: what grows
 * when a query scans rows it does not return, which the rows it returns never show. Counted
 * once the tables are vacuumed and analysed, as autovacuum leaves them: rows written moments
 * before would otherwise cost heap visits of their own (their visibility not yet recorded),
 * more or fewer from run to run.
 */
async function pagesTouchedBy(read: () => Promise<unknown>): Promise<number> {
  await databasePool().query('vacuum (analyze)')
  const plans = await plansOf(read, 'analyze, buffers')
  return plans.reduce((pages, plan) => pages + (plan['Shared Hit Blocks'] ?? 0) + (plan['Shared Read Blocks'] ?? 0), 0)
}

/**
 * The tables of at least `minRows` rows a read's queries would read whole (a sequential scan in
 * their plans): the cost that grows with the site, however few rows the read returns.
 */
async function largeTablesScannedBy(read: () => Promise<unknown>, minRows = 1_000): Promise<string[]> {
  await databasePool().query('analyze')
  const { rows: large } = await databasePool().query(
    `select relname from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace and reltuples >= $1`,
    [minRows],
  )
  const largeTables = new Set(large.map((row: { relname: string }) => row.relname))
  const scanned = new Set<string>()
  const visit = ({ 'Node Type': type, 'Relation Name': table, Plans: children }: PlanNode) => {
    if (type === 'Seq Scan' && table && largeTables.has(table)) scanned.add(table)
    children?.forEach(visit)
  }
  for (const plan of await plansOf(read, 'costs')) visit(plan)
  return [...scanned]
}

async function queriesToRead(slug: string): Promise<number> {
  expect((await getConceptPage(slug))?.slug).toBe(slug)
  return (await costOf(() => getConceptPage(slug))).queries
}

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
})

afterEach(() => vi.restoreAllMocks())

describe('reading a concept page', () => {
  it('costs a fixed number of queries, independent of its FAQs and use cases', async () => {
    const small = await withCompanions(1)
    const large = await withCompanions(8)
    const smallCount = await queriesToRead(small.slug)
    expect(smallCount).toBeGreaterThan(0)
    expect(await queriesToRead(large.slug)).toBe(smallCount)
  })
})

const GENERATED_CONCEPTS = 1_000

describe('reading pages of a large site', () => {
  const PAGE_ROWS = CONCEPTS_PER_PAGE + 40
  let measured: Concept
  let dataset: GeneratedDataset
  let reads: Record<string, () => Promise<unknown>>
  const before: Record<string, Cost> = {}
  /** A concept that stays in the small category while `measured` moves to the largest. */
  let inSmallCategory: Awaited<ReturnType<typeof createConcept>>

  beforeAll(async () => {
    // Every page type has something to show before the site grows, so each read runs its whole course.
    measured = await createConcept(payload, category)
    for (const difficulty of ['beginner', 'intermediate', 'advanced'] as const) {
      inSmallCategory = await createConcept(payload, category, { difficulty })
    }
    await withCompanions(1)
    reads = {
      'a concept page': () => getConceptPage(measured.slug),
      'the index, first page': () => listConceptPage({ sort: 'name' }, 1),
      'the index, tenth page': () => listConceptPage({ sort: 'name' }, 10),
      'the index by last update': () => listConceptPage({ sort: 'updated', difficulty: 'advanced' }, 2),
      'the index letter jumps': () => listLetterStarts({ sort: 'name', difficulty: 'beginner' }),
      'the categories with their counts': () => listCategories(),
      'the home page picks': () => readHomeSelection(new Date()),
      'the 404 suggestions': () => readLearningPaths(2),
      'the use cases, second page': () => listUseCasePage(2),
      'the feed': () => listFeedEntries(),
      'the sitemap totals': () => countSitemapEntries(),
      'similar concepts': () => listSimilarConcepts(searchDb(payload), measured.slug),
    }
    // Before the site grows, pages past the first are empty: they are measured against the first page.
    const firstPages: Record<string, () => Promise<unknown>> = {
      'the index, tenth page': reads['the index, first page'],
      'the index by last update': () => listConceptPage({ sort: 'updated', difficulty: 'advanced' }, 1),
      'the use cases, second page': () => listUseCasePage(1),
    }
    for (const [name, read] of Object.entries(reads)) before[name] = await costOf(firstPages[name] ?? read)
    before['a category page, second page'] = await costOf(() =>
      listConceptPage({ category: category.slug, sort: 'name' }, 1),
    )
    dataset = await fillGeneratedDataset(payload, GENERATED_CONCEPTS, 11)
    // The measured concept joins the largest generated category, so its previous and next are found among hundreds.
    const conceptsIn = (candidate: Category) =>
      dataset.concepts.filter((concept) => relationId(concept.category) === candidate.id).length
    const largest = dataset.categories.reduce((a, b) => (conceptsIn(a) >= conceptsIn(b) ? a : b))
    reads['a category page, second page'] = () => listConceptPage({ category: largest.slug, sort: 'name' }, 2)
    await payload.update({
      collection: 'concepts',
      id: measured.id,
      data: { category: largest.id, _status: 'published' },
    })
  }, 240_000)

  afterAll(async () => dataset?.remove())

  it('costs the same number of queries as before the site grew, for every page type', async () => {
    for (const [name, read] of Object.entries(reads)) {
      expect((await costOf(read)).queries, name).toBe(before[name].queries)
    }
  })

  it('returns no more rows than a page shows: no read scans a collection into the app', async () => {
    for (const [name, read] of Object.entries(reads)) {
      const limit = name === 'the feed' ? FEED_SIZE + 40 : PAGE_ROWS
      expect((await costOf(read)).rows, name).toBeLessThanOrEqual(limit)
    }
  })

  it("finds a concept's previous and next in its large category by lookup", async () => {
    const page = await getConceptPage(measured.slug)
    const sameCategory = await payload.find({
      collection: 'concepts',
      where: { category: { equals: relationId(page?.category) } },
      sort: ['title', 'id'],
      pagination: false,
      depth: 0,
      select: { title: true },
    })
    const position = sameCategory.docs.findIndex((doc) => doc.id === measured.id)
    expect(sameCategory.docs.length).toBeGreaterThan(60)
    expect(page?.previous?.id).toBe(sameCategory.docs[position - 1]?.id)
    expect(page?.next?.id).toBe(sameCategory.docs[position + 1]?.id)
    expect((await costOf(() => getConceptPage(measured.slug))).rows).toBeLessThanOrEqual(
      before['a concept page'].rows + 2,
    )
    // On the same grown site (the same index depths), a concept of a category of four is the
    // yardstick: its neighbours and similar concepts touch 31 pages here, the measured concept's 55.
    // Walking a category of hundreds row by row touched about a hundred more (153 before its fix).
    const besideFewNeighbours = await pagesTouchedBy(() => getConceptPage(inSmallCategory.slug))
    expect(await pagesTouchedBy(() => getConceptPage(measured.slug))).toBeLessThanOrEqual(besideFewNeighbours + 50)
  })

  it("finds a concept page's rows by index: neither the page nor its similar concepts reads a large table whole", async () => {
    const generated = dataset.concepts[0]
    for (const slug of [measured.slug, generated.slug]) {
      expect(await largeTablesScannedBy(() => getConceptPage(slug)), slug).toEqual([])
      expect(await largeTablesScannedBy(() => listSimilarConcepts(searchDb(payload), slug)), slug).toEqual([])
    }
    expect(await listSimilarConcepts(searchDb(payload), generated.slug)).toHaveLength(4)
  })

  it('finds the images readers may see, and where one is shown, without reading every published text', async () => {
    expect(await largeTablesScannedBy(() => publishedImageIds(searchDb(payload)))).toEqual([])
    // Any image's id will do: what is measured is how the rows are found, not which.
    expect(await largeTablesScannedBy(() => publishedTextsShowing(searchDb(payload), 1))).toEqual([])
  })

  it('populates every FAQ and use case of a REST page of 100 concepts, however many that is', async () => {
    const ids = dataset.concepts.slice(0, 100).map((concept) => concept.id)
    const { status, json } = await rest('GET', `concepts?limit=100&depth=1&where[id][in]=${ids.join(',')}`)
    expect(status).toBe(200)
    const docs = json.docs as { faqs: { docs: unknown[] }; useCases: { docs: unknown[] }; category: unknown }[]
    const companions = docs.flatMap((doc) => [...doc.faqs.docs, ...doc.useCases.docs, doc.category])
    expect(companions.length).toBeGreaterThan(300)
    expect(companions.filter((companion) => typeof companion !== 'object')).toEqual([])
  })
})
