// Pages are served from Next's data cache; a publish, an edit or an unpublish must
// show on the very next request to every page that shows the concept, without a rebuild.
import { expect, test, type APIRequestContext } from '@playwright/test'
import { richText } from '@/seed/richText'
import { apiHeaders, foundationsCategoryId, pageText as text } from './apiSession'

const signIn = (request: APIRequestContext) => apiHeaders(request, 'admin')

test('publishing, editing and unpublishing a concept reach its page, its category page and the feed at once', async ({
  request,
}) => {
  const headers = await signIn(request)
  const stamp = Date.now().toString(36)
  const title = `Cache Check ${stamp}`
  const slug = `cache-check-${stamp}`
  const categoryId = await foundationsCategoryId(request)
  const pages = ['/', '/categories/foundations', '/feed.xml', '/concepts', '/sitemap.xml', `/concepts/${slug}`]

  for (const path of pages) await request.get(path)
  for (const path of pages.slice(0, 4)) expect(await text(request, path)).not.toContain(title)

  const created = await request.post('/api/concepts', {
    headers,
    data: {
      title,
      slug,
      summary: `First summary ${stamp}.`,
      category: categoryId,
      difficulty: 'beginner',
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  for (const path of pages.filter((page) => page !== '/sitemap.xml'))
    expect(await text(request, path), path).toContain(title)
  expect(await text(request, '/sitemap.xml')).toContain(`/concepts/${slug}`)

  await request.patch(`/api/concepts/${doc.id}`, {
    headers,
    data: { summary: `Second summary ${stamp}.`, _status: 'published' },
  })
  for (const path of ['/categories/foundations', '/feed.xml', `/concepts/${slug}`]) {
    const body = await text(request, path)
    expect(body, path).toContain(`Second summary ${stamp}.`)
    expect(body, path).not.toContain(`First summary ${stamp}.`)
  }

  await request.patch(`/api/concepts/${doc.id}`, { headers, data: { _status: 'draft' } })
  expect((await request.get(`/concepts/${slug}`)).status()).toBe(404)
  for (const path of pages.slice(0, 4)) expect(await text(request, path), path).not.toContain(title)
  expect(await text(request, '/sitemap.xml')).not.toContain(slug)
})

test('an edit saved as a draft leaves the published page as it was', async ({ request }) => {
  const headers = await signIn(request)
  const found = await (await request.get('/api/concepts?where[slug][equals]=embeddings')).json()
  const published = found.docs[0]
  await request.get('/concepts/embeddings')
  await request.patch(`/api/concepts/${published.id}?draft=true`, {
    headers,
    data: { summary: 'An unreviewed rewrite.' },
  })
  const body = await text(request, '/concepts/embeddings')
  expect(body).toContain(published.summary)
  expect(body).not.toContain('An unreviewed rewrite.')
})

/** The "N min read" on a concept's card in a list page. */
async function cardReadingTime(request: APIRequestContext, path: string, slug: string): Promise<number> {
  const match = new RegExp(`href="/concepts/${slug}"[^]*?(\\d+)(?:<!-- -->)? min read`).exec(await text(request, path))
  return Number(match?.[1])
}

test('publishing an FAQ updates its concept’s reading time on the index’s card at once', async ({ request }) => {
  const headers = await signIn(request)
  const found = await (await request.get('/api/concepts?where[slug][equals]=embeddings&depth=0')).json()
  const concept = found.docs[0]
  const before = await cardReadingTime(request, '/concepts', 'embeddings')
  expect(before).toBeGreaterThan(0)

  const answer = Array.from({ length: 600 }, (_, index) => `word${index}`).join(' ')
  const created = await request.post('/api/faqs', {
    headers,
    data: {
      question: 'How long can an answer be?',
      answer: richText([answer]),
      concept: concept.id,
      order: 99,
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  expect(await cardReadingTime(request, '/concepts', 'embeddings')).toBeGreaterThanOrEqual(before + 2)
  await request.delete(`/api/faqs/${(await created.json()).doc.id}`, { headers })
})

test('renaming a concept reaches the pages that link to it at once; an edit of its own words leaves them cached', async ({
  request,
}) => {
  const headers = await signIn(request)
  const stamp = Date.now().toString(36)
  const category = await foundationsCategoryId(request)
  const create = async (title: string, fields: Record<string, unknown> = {}) => {
    const data = { title, summary: `${title} in one line.`, category, difficulty: 'beginner', _status: 'published' }
    const response = await request.post('/api/concepts', { headers, data: { ...data, ...fields } })
    expect(response.status()).toBe(201)
    return (await response.json()).doc as { id: number; slug: string }
  }
  const linked = await create(`Linked Idea ${stamp}`)
  const linking = await create(`Linking Idea ${stamp}`, { related: [linked.id] })
  const linkingPage = `/concepts/${linking.slug}`
  const cacheState = async () => (await request.get(linkingPage)).headers()['x-nextjs-cache']

  expect(await text(request, linkingPage)).toContain(`Linked Idea ${stamp}`)
  // The server's other process finds the page once the one that rendered it has stored it.
  await expect.poll(cacheState, { timeout: 5_000 }).toBe('HIT')

  const ownWords = await request.patch(`/api/concepts/${linked.id}`, {
    headers,
    data: { body: richText([`Only the linked page says this ${stamp}.`]), _status: 'published' },
  })
  expect(ownWords.status()).toBe(200)
  expect(await text(request, `/concepts/${linked.slug}`)).toContain(`Only the linked page says this ${stamp}.`)
  expect(await cacheState()).toBe('HIT')

  await request.patch(`/api/concepts/${linked.id}`, {
    headers,
    data: { title: `Renamed Idea ${stamp}`, summary: `A new one-line summary ${stamp}.`, _status: 'published' },
  })
  const renamed = await text(request, linkingPage)
  expect(renamed).toContain(`Renamed Idea ${stamp}`)
  expect(renamed).toContain(`A new one-line summary ${stamp}.`)
  expect(renamed).not.toContain(`Linked Idea ${stamp}`)

  await request.patch(`/api/concepts/${linked.id}`, { headers, data: { _status: 'draft' } })
  expect(await text(request, linkingPage)).not.toContain(`Renamed Idea ${stamp}`)
})

test('an FAQ leaves its concept’s page at once when unpublished with an edit waiting, or moved to another concept', async ({
  request,
}) => {
  const headers = await signIn(request)
  const stamp = Date.now().toString(36)
  const [from, to] = (await (await request.get('/api/concepts?limit=2&depth=0&sort=title')).json()).docs
  const page = (concept: { slug: string }) => text(request, `/concepts/${concept.slug}`)
  const publishedFaq = async (question: string) => {
    const created = await request.post('/api/faqs', {
      headers,
      data: { question, answer: richText(['An answer.']), concept: from.id, order: 99, _status: 'published' },
    })
    expect(created.status()).toBe(201)
    expect(await page(from)).toContain(question)
    return (await created.json()).doc.id as number
  }

  const unpublished = `Will this be unpublished ${stamp}?`
  const first = await publishedFaq(unpublished)
  await request.patch(`/api/faqs/${first}?draft=true`, { headers, data: { question: `A waiting rewrite ${stamp}?` } })
  expect(await page(from), 'a waiting edit changes nothing').toContain(unpublished)
  expect((await request.patch(`/api/faqs/${first}`, { headers, data: { _status: 'draft' } })).status()).toBe(200)
  expect(await page(from)).not.toContain(unpublished)

  const moved = `Where does this belong ${stamp}?`
  const second = await publishedFaq(moved)
  await request.patch(`/api/faqs/${second}?draft=true`, { headers, data: { concept: to.id } })
  await request.patch(`/api/faqs/${second}`, { headers, data: { _status: 'published' } })
  expect(await page(from)).not.toContain(moved)
  expect(await page(to)).toContain(moved)

  for (const id of [first, second]) await request.delete(`/api/faqs/${id}`, { headers })
})
