// The sitemap's XML as crawlers fetch it: one list, or an index and its parts once the site
// outgrows one list. Each part reads at most URLS_PER_SITEMAP rows.
import { cachedSitemapPart, cachedSitemapTotals } from '@/content/cached'
import type { SitemapCollection } from '@/content/reads/feeds'
import {
  ABOUT_PATH,
  CATEGORIES_PATH,
  categoryPath,
  conceptPath,
  CONCEPTS_PATH,
  HOME_PATH,
  NEWSLETTER_PATH,
  sitemapPartPath,
  USE_CASES_PATH,
  useCasePath,
} from '@/routes'
import { absoluteUrl } from './siteUrl'
import { fitsOneSitemap, sitemapPartFile, sitemapPartNamed, sitemapParts, type SitemapPart } from './sitemapParts'
import { sitemapIndexXml, urlsetXml, type SitemapUrl } from './sitemapXml'

const FIXED_PATHS = [HOME_PATH, CONCEPTS_PATH, CATEGORIES_PATH, USE_CASES_PATH, NEWSLETTER_PATH, ABOUT_PATH]

const PAGE_OF: Record<SitemapCollection, (slug: string) => string> = {
  categories: categoryPath,
  'use-cases': useCasePath,
  concepts: conceptPath,
}

async function partUrls(part: SitemapPart): Promise<SitemapUrl[]> {
  if (part.kind === 'pages') return FIXED_PATHS.map((path) => ({ loc: absoluteUrl(path) }))
  const entries = await cachedSitemapPart(part.collection, part.part)
  return entries.map((entry) => ({
    loc: absoluteUrl(PAGE_OF[part.collection](entry.slug)),
    lastModified: entry.lastModified,
  }))
}

export async function sitemapDocument(): Promise<string> {
  const totals = await cachedSitemapTotals()
  const parts = sitemapParts(totals)
  if (fitsOneSitemap(totals, FIXED_PATHS.length)) return urlsetXml((await Promise.all(parts.map(partUrls))).flat())
  return sitemapIndexXml(parts.map((part) => ({ loc: absoluteUrl(sitemapPartPath(sitemapPartFile(part))) })))
}

/** A part named by its file (`concepts-2.xml`), or undefined when the site has no such part. */
export async function sitemapPartDocument(file: string): Promise<string | undefined> {
  const part = sitemapPartNamed(file, await cachedSitemapTotals())
  return part && urlsetXml(await partUrls(part))
}
