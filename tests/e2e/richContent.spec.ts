// Rich text renders every node editors can use, and a concept with a very long
// title and only its required parts still renders cleanly.
import { expect, test } from '@playwright/test'
import { demoUsers } from '@/seed/demoUsers'
import { text } from '../helpers/lexical'

const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

const block = { direction: 'ltr', format: '', indent: 0, version: 1 }

test('a sparse concept with a long title, an image, a heading, a list and an internal link', async ({
  page,
  request,
}) => {
  const admin = demoUsers.find((user) => user.roles.includes('admin'))!
  const login = await request.post('/api/users/login', { data: { email: admin.email, password: admin.password } })
  const headers = { authorization: `JWT ${(await login.json()).token}` }
  const stamp = Date.now().toString(36)

  const upload = await request.post('/api/media', {
    headers,
    multipart: {
      file: { name: `diagram-${stamp}.png`, mimeType: 'image/png', buffer: PIXEL_PNG },
      _payload: JSON.stringify({ alt: `A diagram of token routing ${stamp}` }),
    },
  })
  expect(upload.status()).toBe(201)
  const media = (await upload.json()).doc
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
  await expect(image).toBeVisible()
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
