// A scheduled publish and unpublish happen in the job runner, outside any request; the
// public pages must follow them with no other write in between.
import { expect, test } from '@playwright/test'
import { apiHeaders, foundationsCategoryId, pageText } from './apiSession'

test('a scheduled publish, then a scheduled unpublish, reach the concept page, the index and the feed', async ({
  request,
}) => {
  const headers = await apiHeaders(request, 'admin')
  const stamp = Date.now().toString(36)
  const title = `Scheduled Check ${stamp}`
  const slug = `scheduled-check-${stamp}`
  const categoryId = await foundationsCategoryId(request)
  const created = await request.post('/api/concepts?draft=true', {
    headers,
    data: {
      title,
      slug,
      summary: `Published by the job runner ${stamp}.`,
      category: categoryId,
      difficulty: 'beginner',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()

  const lists = ['/concepts', '/feed.xml']
  for (const path of lists) expect(await pageText(request, path), path).not.toContain(title)
  expect((await request.get(`/concepts/${slug}`)).status()).toBe(404)

  const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()
  for (const [type, at] of [
    ['publish', inSeconds(4)],
    ['unpublish', inSeconds(16)],
  ]) {
    const scheduled = await request.post(`/api/concepts/${doc.id}/schedule`, { headers, data: { type, at } })
    expect(scheduled.status(), await scheduled.text()).toBe(201)
  }

  await expect
    .poll(async () => (await request.get(`/concepts/${slug}`)).status(), { timeout: 12_000, intervals: [250] })
    .toBe(200)
  expect(await pageText(request, `/concepts/${slug}`)).toContain(`Published by the job runner ${stamp}.`)
  for (const path of lists) expect(await pageText(request, path), path).toContain(title)

  await expect
    .poll(async () => (await request.get(`/concepts/${slug}`)).status(), { timeout: 20_000, intervals: [250] })
    .toBe(404)
  for (const path of lists) expect(await pageText(request, path), path).not.toContain(title)
})
