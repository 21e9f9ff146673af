import type { MetadataRoute } from 'next'
import { cachedSitemapEntries } from '../../src/content/cached'
import type { SitemapEntry } from '../../src/content/feeds'
import { absoluteUrl } from '../../src/seo/siteUrl'

const FIXED_PATHS = ['/', '/concepts', '/categories', '/use-cases', '/about']

function pages(basePath: string, entries: SitemapEntry[]): MetadataRoute.Sitemap {
  return entries.map((entry) => ({
    url: absoluteUrl(`${basePath}/${entry.slug}`),
    lastModified: entry.lastModified,
  }))
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { concepts, categories, useCases } = await cachedSitemapEntries()
  return [
    ...FIXED_PATHS.map((path) => ({ url: absoluteUrl(path) })),
    ...pages('/concepts', concepts),
    ...pages('/categories', categories),
    ...pages('/use-cases', useCases),
  ]
}
