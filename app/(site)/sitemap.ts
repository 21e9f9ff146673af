import type { MetadataRoute } from 'next'
import { cachedSitemapEntries } from '@/content/cached'
import type { SitemapEntry } from '@/content/cached'
import { absoluteUrl } from '@/seo/siteUrl'
import {
  ABOUT_PATH,
  CATEGORIES_PATH,
  categoryPath,
  conceptPath,
  CONCEPTS_PATH,
  HOME_PATH,
  USE_CASES_PATH,
  useCasePath,
} from '@/routes'

const FIXED_PATHS = [HOME_PATH, CONCEPTS_PATH, CATEGORIES_PATH, USE_CASES_PATH, ABOUT_PATH]

function pages(pathOf: (slug: string) => string, entries: SitemapEntry[]): MetadataRoute.Sitemap {
  return entries.map((entry) => ({
    url: absoluteUrl(pathOf(entry.slug)),
    lastModified: entry.lastModified,
  }))
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { concepts, categories, useCases } = await cachedSitemapEntries()
  return [
    ...FIXED_PATHS.map((path) => ({ url: absoluteUrl(path) })),
    ...pages(conceptPath, concepts),
    ...pages(categoryPath, categories),
    ...pages(useCasePath, useCases),
  ]
}
