// The figures the scale work is judged by, on one running site: throughput of cached pages and
// of the REST and GraphQL lists, the size of each page type's HTML, the first request of
// concept pages no one has read yet (a cache miss), and the admin's concept list.
import type { WrkRequest } from './wrk'
import { measureThroughput, type Throughput } from './throughput'
import { percentile } from '../support/latency'
import { timedGet } from './timedGet'

export type ThroughputTarget = { target: string; path: string; request?: WrkRequest }

/** The most a page's HTML may weigh at any size of the site. */
export const PAGE_LIMIT_KB = 200

const GRAPHQL_LIST_QUERY =
  '{ Concepts(limit: 10) { docs { id title slug summary difficulty readingTime category { name slug } } } }'

export const GRAPHQL_LIST: WrkRequest = {
  method: 'POST',
  body: JSON.stringify({ query: GRAPHQL_LIST_QUERY }),
  contentType: 'application/json',
}

/** The API lists readers' apps ask for: ten concepts at the default depth, at depth 0, and in GraphQL. */
export const API_LISTS: ThroughputTarget[] = [
  { target: 'REST list of 10', path: '/api/concepts?limit=10' },
  { target: 'REST list of 10, depth 0', path: '/api/concepts?limit=10&depth=0' },
  { target: 'GraphQL list of 10', path: '/api/graphql', request: GRAPHQL_LIST },
]

export async function benchThroughput(
  origin: string,
  targets: ThroughputTarget[],
  concurrency: number,
  seconds: number,
) {
  const rows: Throughput[] = []
  for (const { target, path, request } of targets) {
    rows.push(await measureThroughput(`${target} (${path})`, `${origin}${path}`, { concurrency, seconds, request }))
  }
  return rows
}

export type PageSize = { page: string; KB: number; 'within limit': boolean }

export async function measurePageSizes(origin: string, paths: string[]): Promise<PageSize[]> {
  const sizes: PageSize[] = []
  for (const path of paths) {
    const response = await fetch(`${origin}${path}`)
    const kb = (await response.arrayBuffer()).byteLength / 1024
    if (!response.ok) throw new Error(`${path} answered ${response.status}`)
    sizes.push({ page: path, KB: Math.round(kb), 'within limit': kb <= PAGE_LIMIT_KB })
  }
  return sizes
}

function latencies(page: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    page,
    requests: sorted.length,
    'p50 ms': Math.round(percentile(sorted, 50)),
    'p95 ms': Math.round(percentile(sorted, 95)),
  }
}

/** The first request of each of `count` concept pages no one has read: each one a cache miss. */
export async function benchFirstReads(origin: string, count: number) {
  const list = await fetch(`${origin}/api/concepts?limit=${count}&page=7&sort=-title&depth=0&select[slug]=true`)
  const slugs = ((await list.json()) as { docs: { slug: string }[] }).docs.map((doc) => doc.slug)
  const samples: number[] = []
  for (const slug of slugs) samples.push(await timedGet(`${origin}/concepts/${slug}`))
  return latencies('concept page, first request (cache miss)', samples)
}

/** The admin's concept list as the server renders it for a signed-in admin (the site's first user). */
export async function benchAdminList(origin: string, requests: number) {
  const account = { email: 'bench-admin@groundwork.test', password: 'bench admin password 1' }
  const registered = await fetch(`${origin}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...account, name: 'Bench admin' }),
  })
  const login = registered.ok
    ? registered
    : await fetch(`${origin}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(account),
      })
  const { token } = (await login.json()) as { token?: string }
  if (!token) throw new Error(`Signing in to the admin answered ${login.status}`)
  const samples: number[] = []
  for (let i = 0; i < requests + 3; i += 1) {
    const time = await timedGet(`${origin}/admin/collections/concepts`, {
      headers: { cookie: `payload-token=${token}` },
    })
    if (i >= 3) samples.push(time)
  }
  return latencies('admin concept list (signed in)', samples)
}
