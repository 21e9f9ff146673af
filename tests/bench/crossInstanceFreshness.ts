// How soon what one instance publishes shows on the other (tests/e2e/server.ts starts a second
// `npm start` of the same build on port + 1): a concept republished through instance A with a
// new subtitle, then instance B's page read until it shows it; and a scheduled publish, from
// its due time until the page shows it (the job runner checks every second here).
import { demoUsers } from '@/seed/demoUsers'
import { percentile } from '../support/latency'

export type FreshnessFigures = { figure: string; rounds: number; 'p50 ms': number; 'max ms': number }

const POLL_MS = 20
const GIVE_UP_MS = 15_000

async function adminHeaders(origin: string): Promise<Record<string, string>> {
  const admin = demoUsers.find((user) => user.roles.includes('admin'))!
  const login = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  return {
    authorization: `JWT ${((await login.json()) as { token: string }).token}`,
    'content-type': 'application/json',
  }
}

/** Milliseconds from `since` until the page at `url` contains `text`. */
async function untilShown(url: string, text: string, since: number): Promise<number> {
  while (performance.now() - since < GIVE_UP_MS) {
    const body = await fetch(url).then((response) => response.text())
    if (body.includes(text)) return performance.now() - since
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  throw new Error(`${url} did not show "${text}" within ${GIVE_UP_MS / 1000} s`)
}

function figures(figure: string, samples: number[]): FreshnessFigures {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    figure,
    rounds: samples.length,
    'p50 ms': Math.round(percentile(sorted, 50)),
    'max ms': Math.round(sorted[sorted.length - 1]),
  }
}

export async function benchCrossInstanceFreshness(
  first: string,
  second: string,
  rounds: number,
): Promise<FreshnessFigures[]> {
  const headers = await adminHeaders(first)
  const found = await fetch(`${first}/api/concepts?where[slug][equals]=embeddings&depth=0`)
  const { id, slug } = ((await found.json()) as { docs: { id: number; slug: string }[] }).docs[0]
  const page = `${second}/concepts/${slug}`
  const published: number[] = []
  for (let round = 0; round < rounds; round += 1) {
    await fetch(page).then((response) => response.arrayBuffer())
    const subtitle = `Published through the other instance, round ${round} ${Date.now()}`
    const started = performance.now()
    const response = await fetch(`${first}/api/concepts/${id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ _status: 'published', subtitle }),
    })
    if (!response.ok) throw new Error(`Republishing answered ${response.status}`)
    published.push(await untilShown(page, subtitle, started))
  }

  const scheduled: number[] = []
  for (let round = 0; round < Math.min(rounds, 3); round += 1) {
    const subtitle = `Published by the job runner, round ${round} ${Date.now()}`
    const draft = await fetch(`${first}/api/concepts/${id}?draft=true`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ subtitle }),
    })
    if (!draft.ok) throw new Error(`Saving the draft answered ${draft.status}`)
    const dueIn = 2_000
    const at = new Date(Date.now() + dueIn).toISOString()
    const schedule = await fetch(`${first}/api/concepts/${id}/schedule`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ type: 'publish', at }),
    })
    if (!schedule.ok) throw new Error(`Scheduling answered ${schedule.status}`)
    const due = performance.now() + dueIn
    scheduled.push((await untilShown(page, subtitle, due - dueIn)) - dueIn)
  }
  return [
    figures('publish through one instance → shown by the other', published),
    figures('scheduled publish: due time → shown by the other instance', scheduled),
  ]
}
