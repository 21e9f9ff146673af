// Two `npm start` processes of one build on one database (tests/e2e/server.ts starts the second
// on E2E_PORT + 1): what one instance publishes, the other serves at once, however the publish
// happened, and a scheduled publish runs once, in one of them.
import { expect, test, type APIRequestContext } from '@playwright/test'
import { apiHeaders, foundationsCategoryId, pageText } from './apiSession'

const second = `http://localhost:${Number(process.env.E2E_PORT ?? '3100') + 1}`

async function serving(request: APIRequestContext, origin: string): Promise<number> {
  return request.get(`${origin}/`).then(
    (response) => response.status(),
    () => 0,
  )
}

test.beforeAll(async ({ request }) => {
  await expect.poll(() => serving(request, second), { timeout: 120_000, intervals: [1_000] }).toBe(200)
})

test('a publish through one instance is what the other serves, on the page and in the lists', async ({ request }) => {
  const headers = await apiHeaders(request, 'admin')
  const stamp = Date.now().toString(36)
  const categoryId = await foundationsCategoryId(request)
  const created = await request.post('/api/concepts', {
    headers,
    data: {
      title: `Shared Truth ${stamp}`,
      slug: `shared-truth-${stamp}`,
      summary: `Published through the first instance ${stamp}.`,
      category: categoryId,
      difficulty: 'beginner',
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const concept = (await created.json()).doc as { id: number; slug: string; summary: string }
  const pages = [`/concepts/${concept.slug}`, '/concepts', '/feed.xml']
  for (const path of pages) {
    await expect
      .poll(() => pageText(request, `${second}${path}`), { timeout: 5_000, intervals: [100] })
      .toContain(concept.summary)
  }

  const summary = `Revised through the first instance ${stamp}.`
  const published = await request.patch(`/api/concepts/${concept.id}`, {
    headers,
    data: { summary, _status: 'published' },
  })
  expect(published.status()).toBe(200)
  for (const path of [`/concepts/${concept.slug}`, '/feed.xml']) {
    await expect
      .poll(() => pageText(request, `${second}${path}`), { timeout: 5_000, intervals: [100] })
      .toContain(summary)
  }

  const unpublished = await request.patch(`/api/concepts/${concept.id}`, { headers, data: { _status: 'draft' } })
  expect(unpublished.status()).toBe(200)
  await expect
    .poll(async () => (await request.get(`${second}/concepts/${concept.slug}`)).status(), { timeout: 5_000 })
    .toBe(404)
  await request.patch(`/api/concepts/${concept.id}`, { headers, data: { _status: 'published' } })
  await expect
    .poll(async () => (await request.get(`${second}/concepts/${concept.slug}`)).status(), { timeout: 5_000 })
    .toBe(200)
})

test('a concept published through one instance is linked where the other’s pages mention it, and unlinked when withdrawn', async ({
  request,
}) => {
  // Each of the second instance's two processes keeps the auto-link dictionary in memory: read
  // the page there a few times first, so that both hold one from before the publish.
  const mentioningPage = `${second}/concepts/transformer`
  for (let read = 0; read < 4; read += 1) await pageText(request, mentioningPage)
  const headers = await apiHeaders(request, 'admin')
  const stamp = Date.now().toString(36)
  const slug = `graphics-processor-${stamp}`
  const link = `href="/concepts/${slug}"`
  expect(await pageText(request, mentioningPage)).not.toContain(link)
  const categoryId = await foundationsCategoryId(request)
  const created = await request.post('/api/concepts', {
    headers,
    data: {
      title: `Graphics Processor ${stamp}`,
      slug,
      aliases: ['GPU'],
      summary: `A chip of many small cores, published through the first instance ${stamp}.`,
      category: categoryId,
      difficulty: 'beginner',
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }
  try {
    for (let read = 0; read < 4; read += 1) {
      await expect.poll(() => pageText(request, mentioningPage), { timeout: 5_000, intervals: [100] }).toContain(link)
    }
  } finally {
    await request.patch(`/api/concepts/${doc.id}`, { headers, data: { _status: 'draft' } })
  }
  for (let read = 0; read < 4; read += 1) {
    await expect.poll(() => pageText(request, mentioningPage), { timeout: 5_000, intervals: [100] }).not.toContain(link)
  }
})

test('a scheduled publish runs once, in one instance, and reaches the pages of both', async ({ request }) => {
  const headers = await apiHeaders(request, 'admin')
  const stamp = Date.now().toString(36)
  const slug = `two-instances-${stamp}`
  const categoryId = await foundationsCategoryId(request)
  const created = await request.post('/api/concepts?draft=true', {
    headers,
    data: {
      title: `Two Instances ${stamp}`,
      slug,
      summary: `Published once by one job runner ${stamp}.`,
      category: categoryId,
      difficulty: 'beginner',
    },
  })
  const { doc } = await created.json()
  for (const origin of ['', second]) expect((await request.get(`${origin}/concepts/${slug}`)).status()).toBe(404)

  const at = new Date(Date.now() + 3_000).toISOString()
  expect(
    (await request.post(`/api/concepts/${doc.id}/schedule`, { headers, data: { type: 'publish', at } })).status(),
  ).toBe(201)

  for (const origin of [second, '']) {
    await expect
      .poll(async () => (await request.get(`${origin}/concepts/${slug}`)).status(), {
        timeout: 15_000,
        intervals: [250],
      })
      .toBe(200)
  }
  const audit = await request.get(
    `/api/audit-log?where[documentId][equals]=${doc.id}&where[documentCollection][equals]=concepts&depth=0&limit=50`,
    { headers },
  )
  const actions = ((await audit.json()).docs as { action: string }[]).map((entry) => entry.action)
  expect(actions.filter((action) => action === 'publish')).toHaveLength(1)
})

test('a reader of the API on one instance sees a publish through the other, by REST and GraphQL', async ({
  request,
  playwright,
}) => {
  const headers = await apiHeaders(request, 'admin')
  const reader = await playwright.request.newContext()
  const stamp = Date.now().toString(36)
  const categoryId = await foundationsCategoryId(request)
  const created = await request.post('/api/concepts', {
    headers,
    data: {
      title: `Shared Answer ${stamp}`,
      slug: `shared-answer-${stamp}`,
      summary: `First words ${stamp}.`,
      category: categoryId,
      difficulty: 'beginner',
      _status: 'published',
    },
  })
  const { id } = (await created.json()).doc as { id: number }
  const viaRest = async () =>
    ((await (await reader.get(`${second}/api/concepts/${id}`)).json()) as { summary: string }).summary
  const viaGraphql = async () => {
    const response = await reader.post(`${second}/api/graphql`, {
      data: { query: `{ Concept(id: ${id}) { summary } }` },
    })
    return ((await response.json()) as { data: { Concept: { summary: string } } }).data.Concept.summary
  }
  await expect.poll(viaRest, { timeout: 5_000, intervals: [100] }).toBe(`First words ${stamp}.`)
  await expect.poll(viaGraphql, { timeout: 5_000, intervals: [100] }).toBe(`First words ${stamp}.`)

  const revised = await request.patch(`/api/concepts/${id}`, {
    headers,
    data: { summary: `Revised words ${stamp}.`, _status: 'published' },
  })
  expect(revised.status()).toBe(200)
  await expect.poll(viaRest, { timeout: 5_000, intervals: [100] }).toBe(`Revised words ${stamp}.`)
  await expect.poll(viaGraphql, { timeout: 5_000, intervals: [100] }).toBe(`Revised words ${stamp}.`)

  expect((await request.patch(`/api/concepts/${id}`, { headers, data: { _status: 'draft' } })).status()).toBe(200)
  await expect
    .poll(async () => (await reader.get(`${second}/api/concepts/${id}`)).status(), { timeout: 5_000 })
    .toBe(404)
  await reader.dispose()
})
