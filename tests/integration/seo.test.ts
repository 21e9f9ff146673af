// What crawlers and feed readers get: published content only, through the real route handlers.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Category, Concept } from '@/payload-types'
import { getConceptPage } from '@/content/reads/concepts'
import { listFeedEntries, listSitemapPart } from '@/content/reads/feeds'
import { richText } from '@/seed/richText'
import { conceptJsonLd } from '@/seo/conceptJsonLd'
import { jsonLdScript } from '@/seo/jsonLdScript'
import { GET as feedRoute } from '../../app/(site)/feed.xml/route'
import { GET as sitemapRoute } from '../../app/(site)/sitemap.xml/route'
import { GET as sitemapPartRoute } from '../../app/(site)/sitemaps/[file]/route'
import robots from '../../app/robots'
import conceptImage from '../../app/(site)/concepts/[slug]/opengraph-image'
import { createCategory, createConcept, createUseCase, unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

// The routes read through Next's data cache, which exists only inside a Next server;
// here they read straight through. Caching and its expiry are tested end to end.
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  unstable_cache: <T>(read: T) => read,
}))

const SITE = 'http://groundwork.test'

let payload: Payload
let category: Category
let concept: Concept
let draftConcept: Concept
let renamedInDraft: Concept
const publishedQuestion = unique('Published SEO question?')
const draftQuestion = unique('Draft SEO question?')
const unpublishedRename = unique('Unpublished rename')

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
  concept = await createConcept(payload, category, { title: unique('Findable & <concept>'), aliases: ['FC'] })
  draftConcept = await createConcept(payload, category, { _status: 'draft' })
  renamedInDraft = await createConcept(payload, category)
  await payload.update({
    collection: 'concepts',
    id: renamedInDraft.id,
    data: { title: unpublishedRename, _status: 'draft' },
    draft: true,
  })
  for (const [status, question] of [
    ['published', publishedQuestion],
    ['draft', draftQuestion],
  ] as const) {
    await payload.create({
      collection: 'faqs',
      data: { question, answer: richText([`The answer to ${question}`]), concept: concept.id, _status: status },
      draft: status === 'draft',
    })
  }
})

describe('the feed', () => {
  it('lists published concepts with their category and dates, and never a draft', async () => {
    const feed = await listFeedEntries()
    const entry = feed.find((item) => item.slug === concept.slug)
    expect(entry).toMatchObject({ title: concept.title, summary: concept.summary, categoryName: category.name })
    expect(entry?.firstPublishedAt).toEqual(expect.any(String))
    expect(entry?.lastUpdatedAt).toEqual(expect.any(String))
    expect(feed.map((item) => item.slug)).not.toContain(draftConcept.slug)
    expect(feed.map((item) => item.title)).toContain(renamedInDraft.title)
    expect(feed.map((item) => item.title)).not.toContain(unpublishedRename)
  })

  it('is newest update first', async () => {
    const times = (await listFeedEntries()).map((item) => Date.parse(item.lastUpdatedAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('is served as Atom by its route', async () => {
    const response = await feedRoute()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const xml = await response.text()
    expect(xml).toContain(`<id>tag:${new URL(SITE).hostname},2026:concept:${concept.id}</id>`)
    expect(xml).toContain(`href="${SITE}/concepts/${concept.slug}"`)
    expect(xml).toContain(concept.title.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    expect(xml).not.toContain(draftConcept.title)
    expect(xml).not.toContain(unpublishedRename)
  })
})

describe('the sitemap', () => {
  it('lists published concepts, categories and published use cases, and never a draft', async () => {
    const useCaseSlugs: Record<'published' | 'draft', string> = { published: '', draft: '' }
    for (const status of ['published', 'draft'] as const) {
      const useCase = await createUseCase(payload, concept.id, {
        title: unique(`${status} sitemap use case`),
        summary: 'Did a thing.',
        _status: status,
      })
      useCaseSlugs[status] = useCase.slug
    }
    const [concepts, categories, useCases] = await Promise.all([
      listSitemapPart('concepts', 1),
      listSitemapPart('categories', 1),
      listSitemapPart('use-cases', 1),
    ])
    expect(concepts.map((item) => item.slug)).toContain(concept.slug)
    expect(concepts.map((item) => item.slug)).not.toContain(draftConcept.slug)
    expect(categories.map((item) => item.slug)).toContain(category.slug)
    expect(useCases.map((item) => item.slug)).toContain(useCaseSlugs.published)
    expect(useCases.map((item) => item.slug)).not.toContain(useCaseSlugs.draft)
    for (const item of [...concepts, ...categories, ...useCases]) {
      expect(Number.isNaN(Date.parse(item.lastModified))).toBe(false)
    }

    const response = await sitemapRoute()
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    const xml = await response.text()
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    for (const path of ['/', '/concepts', '/about', `/concepts/${concept.slug}`, `/categories/${category.slug}`]) {
      expect(xml).toContain(`<loc>${SITE}${path}</loc>`)
    }
    expect(xml).toContain(`<loc>${SITE}/use-cases/${useCaseSlugs.published}</loc>`)
    expect(xml).not.toContain(`/concepts/${draftConcept.slug}<`)
    expect(xml).not.toContain(`/use-cases/${useCaseSlugs.draft}<`)
  })

  it('serves each part of a split sitemap by its file name, and a 404 for a part the site does not have', async () => {
    const part = (file: string) =>
      sitemapPartRoute(new Request(`${SITE}/sitemaps/${file}`), { params: Promise.resolve({ file }) })
    const concepts = await part('concepts-1.xml')
    expect(concepts.status).toBe(200)
    expect(await concepts.text()).toContain(`<loc>${SITE}/concepts/${concept.slug}</loc>`)
    expect(await (await part('pages.xml')).text()).toContain(`<loc>${SITE}/about</loc>`)
    for (const missing of ['concepts-2.xml', 'concepts-0.xml', 'drafts-1.xml', '..%2Fpayload.config.ts']) {
      expect((await part(missing)).status).toBe(404)
    }
  })

  it('is announced by robots.txt, which keeps crawlers out of the admin and the API', () => {
    expect(robots()).toEqual({
      rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
      sitemap: `${SITE}/sitemap.xml`,
    })
  })
})

describe('the structured data of a concept page', () => {
  it('answers the published FAQ and never shows a draft one', async () => {
    const page = await getConceptPage(concept.slug)
    if (!page) throw new Error('The published concept should have a page.')
    const script = jsonLdScript(conceptJsonLd(page))
    expect(script).toContain(publishedQuestion)
    expect(script).toContain(`The answer to ${publishedQuestion}`)
    expect(script).not.toContain(draftQuestion)
    expect(script).not.toContain('<')
    const parsed = JSON.parse(script) as Array<Record<string, unknown>>
    expect(parsed.map((item) => item['@type'])).toEqual(['DefinedTerm', 'FAQPage', 'BreadcrumbList', 'Article'])
    expect(parsed[0]).toMatchObject({
      name: concept.title,
      url: `${SITE}/concepts/${concept.slug}`,
      alternateName: ['FC'],
    })
  })
})

describe('the Open Graph image', () => {
  const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

  async function pngFor(slug: string): Promise<Buffer> {
    const response = await conceptImage({ params: Promise.resolve({ slug }) })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    const png = Buffer.from(await response.arrayBuffer())
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
    return png
  }

  it('renders a card for a published concept, and the generic card for unknown, malformed or draft slugs', async () => {
    const generic = await pngFor('no-such-concept')
    expect((await pngFor(concept.slug)).equals(generic)).toBe(false)
    expect((await pngFor(draftConcept.slug)).equals(generic)).toBe(true)
    expect((await pngFor('Not A Slug!')).equals(generic)).toBe(true)
  })
})
