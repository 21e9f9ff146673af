// What the feed and the sitemap read: published content only, with just the fields they print.
import { findAsReader, findPageAsReader } from './readAsReader'
import { populated } from './populated'

export const FEED_SIZE = 50

export type FeedEntry = {
  id: number
  title: string
  slug: string
  summary: string
  firstPublishedAt: string
  lastUpdatedAt: string
  categoryName?: string
}

export type SitemapEntry = { slug: string; lastModified: string }

/** The collections the sitemap lists, each in parts of at most URLS_PER_SITEMAP addresses. */
export const SITEMAP_COLLECTIONS = ['categories', 'use-cases', 'concepts'] as const
export type SitemapCollection = (typeof SITEMAP_COLLECTIONS)[number]

/** Well under the protocol's 50,000, so a part stays small and one read returns a bounded number of rows. */
export const URLS_PER_SITEMAP = 5_000

/** The most recently updated published concepts, newest first. */
export async function listFeedEntries(): Promise<FeedEntry[]> {
  const result = await findAsReader({
    collection: 'concepts',
    sort: '-lastUpdatedAt',
    limit: FEED_SIZE,
    depth: 1,
    select: {
      title: true,
      slug: true,
      summary: true,
      category: true,
      firstPublishedAt: true,
      lastUpdatedAt: true,
      createdAt: true,
      updatedAt: true,
    },
    populate: { categories: { name: true } },
  })
  return result.docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    slug: doc.slug,
    summary: doc.summary,
    // Publishing stamps both dates; the fallbacks only matter for rows older than that hook.
    firstPublishedAt: doc.firstPublishedAt ?? doc.createdAt,
    lastUpdatedAt: doc.lastUpdatedAt ?? doc.updatedAt,
    categoryName: populated(doc.category)?.name,
  }))
}

/** How many published documents each collection in the sitemap holds. */
export async function countSitemapEntries(): Promise<Record<SitemapCollection, number>> {
  const totals = await Promise.all(
    SITEMAP_COLLECTIONS.map(
      async (collection) =>
        (await findPageAsReader({ collection, depth: 0, limit: 1, select: { slug: true } }, 1)).totalDocs,
    ),
  )
  return Object.fromEntries(SITEMAP_COLLECTIONS.map((collection, i) => [collection, totals[i]])) as Record<
    SitemapCollection,
    number
  >
}

/** Part `part` (from 1) of a collection's public addresses, by slug, with when each last changed. */
export async function listSitemapPart(collection: SitemapCollection, part: number): Promise<SitemapEntry[]> {
  const { docs } = await findPageAsReader(
    {
      collection,
      depth: 0,
      sort: 'slug',
      limit: URLS_PER_SITEMAP,
      select: { slug: true, updatedAt: true, ...(collection === 'concepts' ? { lastUpdatedAt: true } : {}) },
    },
    part,
  )
  return docs.map((doc) => ({
    slug: doc.slug,
    lastModified:
      ('lastUpdatedAt' in doc && typeof doc.lastUpdatedAt === 'string' && doc.lastUpdatedAt) || doc.updatedAt,
  }))
}
