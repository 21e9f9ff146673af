// `npm run bench`: how fast the production build serves each public page type.
// Starts the app as the e2e tests do (fresh database with the demo content, `npm run
// build`, `npm start`), then measures:
//   - cached pages: latency percentiles and throughput at a fixed concurrency;
//   - a cache miss: the first request for a concept page right after it is republished;
//   - search: the API and the page, on the demo content and, with the same build on a
//     second database, on a generated set of BENCH_CONCEPTS concepts;
//   - the newsletter: the send rate to BENCH_SUBSCRIBERS readers through a local SMTP sink,
//     and a concept page's latency before and during the send (newsletterSend.ts);
//   - scale (scaleTargets.ts): throughput of cached pages and of the REST and GraphQL lists
//     (with wrk when installed), how soon a publish through one instance shows on the other
//     (crossInstanceFreshness.ts), the edge cache against nginx serving the page from disk
//     (edgeCache.ts, with nginx and wrk installed), and on the generated set: the same
//     throughput, each page type's HTML size, first reads of concept pages and the admin list.
// Prints tables and writes them, with the machine's core count, to tests/bench/results/.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectRoot } from '@/db/projectPaths'
import { demoUsers } from '@/seed/demoUsers'
import { percentile, timeConcurrently } from '../support/latency'
import { serveProductionBuild } from '../support/productionBuild'
import { serveLargeSite } from './largeSite'
import { benchNewsletterSend, printNewsletterFigures } from './newsletterSend'
import { loadSearch, searchTargets, type SearchFigures } from './searchLoad'
import { benchCrossInstanceFreshness } from './crossInstanceFreshness'
import { benchEdgeCache } from './edgeCache'
import {
  API_LISTS,
  benchAdminList,
  benchFirstReads,
  benchThroughput,
  measurePageSizes,
  PAGE_LIMIT_KB,
} from './scaleTargets'

const port = Number(process.env.BENCH_PORT ?? 3200)
const origin = `http://localhost:${port}`
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8)
const requestsPerPage = Number(process.env.BENCH_REQUESTS ?? 400)
const misses = Number(process.env.BENCH_MISSES ?? 20)
const searchConcurrency = Number(process.env.BENCH_SEARCH_CONCURRENCY ?? 10)
const largeConcepts = Number(process.env.BENCH_CONCEPTS ?? 10_000)
const subscribers = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000)
const loadSeconds = Number(process.env.BENCH_SECONDS ?? 10)

const PAGES = [
  '/',
  '/concepts',
  '/concepts?category=foundations&difficulty=beginner',
  '/concepts/foundation-model',
  '/categories/foundations',
  '/use-cases',
  '/feed.xml',
  '/sitemap.xml',
]

async function timed(url: string, init?: RequestInit): Promise<number> {
  const started = performance.now()
  const response = await fetch(url, init)
  await response.arrayBuffer()
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return performance.now() - started
}

function summary(label: string, samples: number[], seconds?: number) {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    page: label,
    requests: samples.length,
    ...(seconds ? { 'req/s': Math.round(samples.length / seconds) } : {}),
    'p50 ms': Number(percentile(sorted, 50).toFixed(1)),
    'p95 ms': Number(percentile(sorted, 95).toFixed(1)),
    'p99 ms': Number(percentile(sorted, 99).toFixed(1)),
  }
}

async function benchCached(page: string) {
  for (let i = 0; i < 20; i++) await timed(origin + page)
  const { samples, seconds } = await timeConcurrently(requestsPerPage, concurrency, () => timed(origin + page))
  return summary(page, samples, seconds)
}

async function benchMisses() {
  const admin = demoUsers.find((user) => user.roles.includes('admin'))!
  const login = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  const headers = {
    authorization: `JWT ${((await login.json()) as { token: string }).token}`,
    'content-type': 'application/json',
  }
  const found = await fetch(`${origin}/api/concepts?where[slug][equals]=embeddings&depth=0`)
  const { id } = ((await found.json()) as { docs: { id: number }[] }).docs[0]
  const samples: number[] = []
  for (let i = 0; i < misses; i++) {
    const publish = await fetch(`${origin}/api/concepts/${id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ _status: 'published', subtitle: `Benchmark run ${i}` }),
    })
    if (!publish.ok) throw new Error(`Republishing answered ${publish.status}`)
    samples.push(await timed(`${origin}/concepts/embeddings`))
  }
  return summary('/concepts/embeddings (first request after a publish)', samples)
}

/** Each target at the search concurrency, and the API also with one client: one reader's wait on an idle server. */
async function benchSearch(origin: string, dataset: string): Promise<SearchFigures[]> {
  const [api, page] = searchTargets(origin, dataset)
  const figures = [
    await loadSearch(api.label, api.url, requestsPerPage, searchConcurrency),
    await loadSearch(api.label, api.url, requestsPerPage, 1),
    await loadSearch(page.label, page.url, requestsPerPage, searchConcurrency),
  ]
  console.table(figures)
  return figures
}

async function benchScaleOnDemo(origin: string) {
  console.log(`\nThroughput, ${searchConcurrency} clients, ${loadSeconds} s each\n`)
  const throughput = await benchThroughput(
    origin,
    [
      { target: 'cached concept page', path: '/concepts/foundation-model' },
      { target: 'index', path: '/concepts' },
      ...API_LISTS,
    ],
    searchConcurrency,
    loadSeconds,
  )
  console.table(throughput)
  const second = `http://localhost:${port + 1}`
  console.log('\nTwo instances of one build on one database: a publish through one, read on the other\n')
  const freshness = await benchCrossInstanceFreshness(origin, second, 10)
  console.table(freshness)
  const edge = await benchEdgeCache({
    appOrigin: origin,
    pagePath: '/concepts/foundation-model',
    concurrency,
    seconds: loadSeconds,
  }).catch((error: unknown) => {
    console.log(`\nEdge cache not measured: ${error instanceof Error ? error.message : error}`)
    return undefined
  })
  if (edge) console.table(edge)
  return { throughput, freshness, edgeCache: edge }
}

async function benchScaleOnLargeSite(origin: string) {
  const pages = ['/', '/concepts', '/concepts/page/80', '/categories/optimization', '/use-cases', '/sitemap.xml']
  console.log(`\nThroughput on ${largeConcepts} concepts, ${searchConcurrency} clients, ${loadSeconds} s each\n`)
  const throughput = await benchThroughput(
    origin,
    [...pages.slice(0, 4).map((path) => ({ target: 'cached page', path })), ...API_LISTS],
    searchConcurrency,
    loadSeconds,
  )
  console.table(throughput)
  const sizes = await measurePageSizes(origin, [...pages, '/concepts?difficulty=advanced&page=3'])
  console.log(`\nHTML size of each page type (limit ${PAGE_LIMIT_KB} KB)\n`)
  console.table(sizes)
  const reads = []
  for (const measure of [() => benchFirstReads(origin, 30), () => benchAdminList(origin, 10)]) {
    reads.push(
      await measure().catch((error: unknown) => ({ failed: error instanceof Error ? error.message : String(error) })),
    )
  }
  console.table(reads)
  return { throughput, sizes, reads }
}

function saveResults(results: Record<string, unknown>): string {
  const folder = path.join(projectRoot, 'tests/bench/results')
  fs.mkdirSync(folder, { recursive: true })
  const file = path.join(folder, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  fs.writeFileSync(file, JSON.stringify({ cores: os.cpus().length, node: process.version, ...results }, null, 2))
  return file
}

async function main() {
  const results: Record<string, unknown> = {}
  const server = await serveProductionBuild(port)
  try {
    console.log(`\nCached pages: ${requestsPerPage} requests each, ${concurrency} at a time\n`)
    const cached = []
    for (const page of PAGES) cached.push(await benchCached(page))
    console.table(cached)
    console.log(`\nCache misses: ${misses} republish-then-read rounds\n`)
    const missed = await benchMisses()
    console.table([missed])
    console.log(`\nSearch on the demo content: ${requestsPerPage} requests each, after a warm-up\n`)
    Object.assign(results, { cached, misses: missed, search: await benchSearch(server.origin, 'demo content') })
    results.scale = await benchScaleOnDemo(server.origin)
    if (subscribers > 0) {
      console.log(`\nNewsletter: an issue sent to ${subscribers} readers while others read a concept page\n`)
      const newsletter = await benchNewsletterSend({ recipients: subscribers, origin: server.origin })
      printNewsletterFigures(newsletter)
      results.newsletter = newsletter
    }
  } finally {
    await server.stop()
  }
  if (largeConcepts > 0) {
    const large = await serveLargeSite(port, largeConcepts)
    try {
      console.log(
        `\nSearch on ${largeConcepts} generated concepts: ${requestsPerPage} requests each, after a warm-up\n`,
      )
      const figures = await benchSearch(large.origin, `${largeConcepts} concepts`)
      results.search = [...(results.search as SearchFigures[]), ...figures]
      results.largeSite = await benchScaleOnLargeSite(large.origin)
    } finally {
      await large.stop()
    }
  }
  console.log(`\nSaved in ${saveResults(results)}`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
