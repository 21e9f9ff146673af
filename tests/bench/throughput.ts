// Throughput of one address under load: wrk when it is installed (a C client leaves the cores to
// the app), else the bench's own Node client, which takes a core itself and so reads lower.
import { percentile, timeConcurrently } from '../support/latency'
import { findProgram, runWrk, type WrkRequest } from './wrk'

export type Throughput = {
  target: string
  client: 'wrk' | 'node'
  requests: number
  'req/s': number
  'p50 ms': number
  'p99 ms': number
}

const WARM_UP_SECONDS = 2
const round = (value: number, digits = 1) => Number(value.toFixed(digits))

async function nodeRun(url: string, concurrency: number, seconds: number, request?: WrkRequest) {
  const init: RequestInit = request
    ? { method: request.method, body: request.body, headers: { 'content-type': request.contentType } }
    : {}
  const deadline = performance.now() + seconds * 1000
  const samples: number[] = []
  const started = performance.now()
  await timeConcurrently(Number.MAX_SAFE_INTEGER, concurrency, async () => {
    if (performance.now() > deadline) throw new Error('done')
    const sent = performance.now()
    const response = await fetch(url, init)
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    samples.push(performance.now() - sent)
    return 0
  }).catch((error: unknown) => {
    if (!(error instanceof Error && error.message === 'done')) throw error
  })
  const sorted = samples.sort((a, b) => a - b)
  const elapsed = (performance.now() - started) / 1000
  return {
    requests: sorted.length,
    perSecond: sorted.length / elapsed,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    errors: 0,
  }
}

export async function measureThroughput(
  target: string,
  url: string,
  { concurrency = 10, seconds = 10, request }: { concurrency?: number; seconds?: number; request?: WrkRequest } = {},
): Promise<Throughput> {
  const wrk = findProgram('wrk')
  const run = (length: number) =>
    wrk ? runWrk(wrk, url, concurrency, length, request) : nodeRun(url, concurrency, length, request)
  await run(WARM_UP_SECONDS)
  const result = await run(seconds)
  if (result.errors > 0) throw new Error(`${target}: ${result.errors} failed requests under load`)
  return {
    target,
    client: wrk ? 'wrk' : 'node',
    requests: result.requests,
    'req/s': Math.round(result.perSecond),
    'p50 ms': round(result.p50),
    'p99 ms': round(result.p99),
  }
}
