// Rich text renders every node editors can use, and a concept with a very long
// title and only its required parts still renders cleanly. An image reaches readers with
// the published text that shows it, and staff see it in a draft's preview before that.
import { expect, test, type APIRequestContext, type Locator } from '@playwright/test'
import sharp from 'sharp'
import { logIn } from './adminHelpers'
import { apiHeaders } from './apiSession'
import { editorDocument, text, uploadNode } from '../helpers/lexical'

/** A plain 160×90 picture: large enough to keep a width once the page's srcset scales it down. */
const picture = () =>
  sharp({ create: { width: 160, height: 90, channels: 3, background: { r: 40, g: 90, b: 160 } } })
    .png()
    .toBuffer()

const block = { direction: 'ltr', format: '', indent: 0, version: 1 }

async function uploadImage(request: APIRequestContext, headers: Record<string, string>, alt: string) {
  const upload = await request.post('/api/media', {
    headers,
    multipart: {
      file: { name: `diagram-${Date.now().toString(36)}.png`, mimeType: 'image/png', buffer: await picture() },
      _payload: JSON.stringify({ alt }),
    },
  })
  expect(upload.status()).toBe(201)
  return (await upload.json()).doc as { id: number; url: string }
}

/** The image's file arrived and decoded (a broken image has no natural width); images load lazily, once in view. */
async function expectLoaded(image: Locator) {
  await image.scrollIntoViewIfNeeded()
  await expect(image).toBeVisible()
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0)
}

test('a sparse concept with a long title, an image, a heading, a list and an internal link', async ({
  page,
  request,
}) => {
  const headers = await apiHeaders(request, 'admin')
  const stamp = Date.now().toString(36)
  const media = await uploadImage(request, headers, `A diagram of token routing ${stamp}`)
  const [category, target] = await Promise.all([
    request.get('/api/categories?where[slug][equals]=foundations').then((r) => r.json()),
    request.get('/api/concepts?where[slug][equals]=foundation-model').then((r) => r.json()),
  ])

  const title = `An Exceptionally Long Concept Title That Keeps Going To Test Wrapping On Narrow Screens ${stamp}`
  const body = {
    root: {
      type: 'root',
      ...block,
      children: [
        { type: 'heading', tag: 'h2', ...block, children: [text('How routing works')] },
        {
          type: 'paragraph',
          ...block,
          textFormat: 0,
          children: [
            text('Builds on '),
            {
              type: 'link',
              ...block,
              version: 3,
              fields: {
                linkType: 'internal',
                newTab: false,
                doc: { relationTo: 'concepts', value: target.docs[0].id },
              },
              children: [text('foundation models')],
            },
          ],
        },
        {
          type: 'list',
          listType: 'bullet',
          tag: 'ul',
          start: 1,
          ...block,
          children: [{ type: 'listitem', value: 1, ...block, children: [text('First step')] }],
        },
        { type: 'upload', relationTo: 'media', value: media.id, fields: {}, format: '', version: 3, id: `u${stamp}` },
      ],
    },
  }
  const created = await request.post('/api/concepts', {
    headers,
    data: {
      title,
      summary: 'Short.',
      category: category.docs[0].id,
      difficulty: 'advanced',
      body,
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const slug = (await created.json()).doc.slug

  await page.setViewportSize({ width: 360, height: 800 })
  await page.goto(`/concepts/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)

  const image = page.getByRole('img', { name: `A diagram of token routing ${stamp}` })
  await expectLoaded(image)
  await expect(image).toHaveAttribute('sizes', /48rem/)
  await expect(image).toHaveAttribute('src', /\/_next\/image\?url=/)
  await expect(page.getByRole('heading', { level: 2, name: 'How routing works', exact: true })).toHaveAttribute(
    'id',
    'section-how-routing-works',
  )
  await expect(page.locator('h2#section-how-routing-works a[href="#section-how-routing-works"]')).toHaveCount(1)
  await expect(page.getByRole('link', { name: 'foundation models' })).toHaveAttribute(
    'href',
    '/concepts/foundation-model',
  )
  await expect(page.getByRole('listitem').filter({ hasText: 'First step' })).toBeVisible()

  for (const missing of [
    /^Key traits/,
    /^Real-world examples/,
    /^Common pitfalls/,
    /^Frequently asked/,
    /^Related concepts/,
  ]) {
    await expect(page.getByRole('heading', { name: missing })).toHaveCount(0)
  }
})

test('an image only a draft shows: staff see it in the preview, readers only once it is published', async ({
  browser,
  page,
  request,
}) => {
  const headers = await apiHeaders(request, 'admin')
  const stamp = Date.now().toString(36)
  const alt = `A chart of draft-only results ${stamp}`
  const media = await uploadImage(request, headers, alt)
  const category = await request.get('/api/categories?where[slug][equals]=foundations').then((r) => r.json())
  const created = await request.post('/api/concepts?draft=true', {
    headers,
    data: {
      title: `Draft Image Concept ${stamp}`,
      summary: 'Short.',
      category: category.docs[0].id,
      difficulty: 'beginner',
      body: editorDocument({ type: 'paragraph', ...block, children: [text('See the chart.')] }, uploadNode(media.id)),
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const { id, slug } = (await created.json()).doc

  const reader = (await browser.newContext()).request
  const file = new URL(media.url, 'http://site.invalid').pathname
  const optimized = `/_next/image?url=${encodeURIComponent(file)}&w=640&q=75`
  expect((await reader.get(file)).status()).toBe(403)
  expect((await reader.get(optimized)).status()).toBe(403)
  expect((await reader.get(`/api/media/${media.id}`)).status()).toBe(404)

  await logIn(page, 'editor')
  await page.goto(`/preview?path=/concepts/${slug}`)
  await expect(page.getByRole('complementary', { name: 'Draft preview' })).toBeVisible()
  await expectLoaded(page.getByRole('img', { name: alt }))

  const published = await request.patch(`/api/concepts/${id}`, { headers, data: { _status: 'published' } })
  expect(published.status()).toBe(200)
  const readerPage = await (await browser.newContext()).newPage()
  await readerPage.goto(`/concepts/${slug}`)
  const image = readerPage.getByRole('img', { name: alt })
  await expect(image).toHaveAttribute('src', /\/_next\/image\?url=/)
  await expectLoaded(image)
  expect((await reader.get(optimized)).status()).toBe(200)
})
