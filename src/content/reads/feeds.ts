// What the feed and the sitemap read: published content only, with just the fields they print.
import { findAsReader } from './readAsReader'
import { populated } from './populated'

export const FEED_SIZE = 50

export type FeedEntry = {
  title: string
  slug: string
  summary: string
  firstPublishedAt: string
  lastUpdatedAt: string
  categoryName?: string
}

export type SitemapEntry = { slug: string; lastModified: string }

export type SitemapEntries = {
  concepts: SitemapEntry[]
  categories: SitemapEntry[]
  useCases: SitemapEntry[]
}

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
    title: doc.title,
    slug: doc.slug,
    summary: doc.summary,
    // Publishing stamps both dates; the fallbacks only matter for rows older than that hook.
    firstPublishedAt: doc.firstPublishedAt ?? doc.createdAt,
    lastUpdatedAt: doc.lastUpdatedAt ?? doc.updatedAt,
    categoryName: populated(doc.category)?.name,
  }))
}

/** Every public address the sitemap lists, with when it last changed. */
export async function listSitemapEntries(): Promise<SitemapEntries> {
  const [concepts, categories, useCases] = await Promise.all([
    findAsReader({
      collection: 'concepts',
      depth: 0,
      sort: 'slug',
      select: { slug: true, lastUpdatedAt: true, updatedAt: true },
    }),
    findAsReader({
      collection: 'categories',
      depth: 0,
      sort: 'slug',
      select: { slug: true, updatedAt: true },
    }),
    findAsReader({
      collection: 'use-cases',
      depth: 0,
      sort: 'slug',
      select: { slug: true, updatedAt: true },
    }),
  ])
  return {
    concepts: concepts.docs.map((doc) => ({ slug: doc.slug, lastModified: doc.lastUpdatedAt ?? doc.updatedAt })),
    categories: categories.docs.map((doc) => ({ slug: doc.slug, lastModified: doc.updatedAt })),
    useCases: useCases.docs.map((doc) => ({ slug: doc.slug, lastModified: doc.updatedAt })),
  }
}
