// Load on search: a mix of queries readers type (typos, prefixes, acronyms, questions),
// sent round-robin by a number of concurrent clients, timed per request.
import { percentile, timeConcurrently } from '../support/latency'
import { timedGet } from './timedGet'

export const SEARCH_QUERIES = [
  'transformer',
  'halucination',
  'quant',
  'RAG',
  'why do chatbots make things up',
  'quantisation on a laptop',
  'embedings',
  'fine tuning a model on my own data',
  'attention',
  'agents',
  'gradient',
  'retrieval latency tokens',
]

export type SearchFigures = {
  target: string
  clients: number
  requests: number
  'req/s': number
  'p50 ms': number
  'p95 ms': number
}

/**
 * Rounds of the query mix sent before timing, so the timed requests see the steady state a
 * running site does: the server's JavaScript (and the clients') is compiled as it runs,
 * which here takes about 2,000 requests, and each database connection prepares each kind
 * of query, whose plan PostgreSQL settles on after five runs.
 */
const WARM_UP_ROUNDS = 160

/** Sends `requests` requests over the queries, `concurrency` at a time, after a warm-up. */
export async function loadSearch(
  label: string,
  url: (query: string) => string,
  requests: number,
  concurrency: number,
): Promise<SearchFigures> {
  const warmUp = WARM_UP_ROUNDS * SEARCH_QUERIES.length
  await timeConcurrently(warmUp, concurrency, (index) => timedGet(url(SEARCH_QUERIES[index % SEARCH_QUERIES.length])))
  const { samples, seconds } = await timeConcurrently(requests, concurrency, (index) =>
    timedGet(url(SEARCH_QUERIES[index % SEARCH_QUERIES.length])),
  )
  const sorted = samples.sort((a, b) => a - b)
  return {
    target: label,
    clients: concurrency,
    requests: samples.length,
    'req/s': Math.round(samples.length / seconds),
    'p50 ms': Number(percentile(sorted, 50).toFixed(1)),
    'p95 ms': Number(percentile(sorted, 95).toFixed(1)),
  }
}

/** The two search targets on one running app: the API and the server-rendered page. */
export function searchTargets(origin: string, dataset: string) {
  const encode = (query: string) => encodeURIComponent(query)
  return [
    { label: `/api/search (${dataset})`, url: (query: string) => `${origin}/api/search?q=${encode(query)}` },
    { label: `/search (${dataset})`, url: (query: string) => `${origin}/search?q=${encode(query)}` },
  ]
}
