// Pages are served from Next's data cache; a publish, an edit or an unpublish must
// show on the very next request to every page that shows the concept, without a rebuild.
import { expect, test, type APIRequestContext } from '@playwright/test'
import { demoUsers } from '../../src/seed/demoUsers'

async function signIn(request: APIRequestContext): Promise<Record<string, string>> {
  const admin = demoUsers.find((user) => user.roles.includes('admin'))!
  const response = await request.post('/api/users/login', { data: { email: admin.email, password: admin.password } })
  return { authorization: `JWT ${(await response.json()).token}` }
}

async function text(request: APIRequestContext, path: string): Promise<string> {
  return (await request.get(path)).text()
}

test('publishing, editing and unpublishing a concept reach its page, its category page and the feed at once', async ({
  request,
}) => {
  const headers = await signIn(request)
  const stamp = Date.now().toString(36)
  const title = `Cache Check ${stamp}`
  const slug = `cache-check-${stamp}`
  const categories = await (await request.get('/api/categories?where[slug][equals]=foundations')).json()
  const pages = ['/', '/categories/foundations', '/feed.xml', '/concepts', '/sitemap.xml', `/concepts/${slug}`]

  for (const path of pages) await request.get(path)
  for (const path of pages.slice(0, 4)) expect(await text(request, path)).not.toContain(title)

  const created = await request.post('/api/concepts', {
    headers,
    data: {
      title,
      slug,
      summary: `First summary ${stamp}.`,
      category: categories.docs[0].id,
      difficulty: 'beginner',
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  for (const path of pages.filter((page) => page !== '/sitemap.xml')) expect(await text(request, path), path).toContain(title)
  expect(await text(request, '/sitemap.xml')).toContain(`/concepts/${slug}`)

  await request.patch(`/api/concepts/${doc.id}`, { headers, data: { summary: `Second summary ${stamp}.`, _status: 'published' } })
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
  await request.patch(`/api/concepts/${published.id}?draft=true`, { headers, data: { summary: 'An unreviewed rewrite.' } })
  const body = await text(request, '/concepts/embeddings')
  expect(body).toContain(published.summary)
  expect(body).not.toContain('An unreviewed rewrite.')
})
