// How the sitemap splits: one list while the site fits in one, otherwise an index of parts,
// the fixed pages first, then each collection in parts of URLS_PER_SITEMAP. Pure.
import { SITEMAP_COLLECTIONS, URLS_PER_SITEMAP, type SitemapCollection } from '@/content/reads/feeds'

export type SitemapPart = { kind: 'pages' } | { kind: 'collection'; collection: SitemapCollection; part: number }

export type SitemapTotals = Record<SitemapCollection, number>

export function fitsOneSitemap(totals: SitemapTotals, fixedPages: number): boolean {
  return SITEMAP_COLLECTIONS.reduce((sum, collection) => sum + totals[collection], fixedPages) <= URLS_PER_SITEMAP
}

export function sitemapParts(totals: SitemapTotals): SitemapPart[] {
  return [
    { kind: 'pages' },
    ...SITEMAP_COLLECTIONS.flatMap((collection) =>
      Array.from({ length: Math.ceil(totals[collection] / URLS_PER_SITEMAP) }, (_, i) => ({
        kind: 'collection' as const,
        collection,
        part: i + 1,
      })),
    ),
  ]
}

/** `pages.xml`, `concepts-2.xml`: a part's file name under /sitemaps. */
export function sitemapPartFile(part: SitemapPart): string {
  return part.kind === 'pages' ? 'pages.xml' : `${part.collection}-${part.part}.xml`
}

/** The part a file name names, if the site has that part. */
export function sitemapPartNamed(file: string, totals: SitemapTotals): SitemapPart | undefined {
  return sitemapParts(totals).find((part) => sitemapPartFile(part) === file)
}
