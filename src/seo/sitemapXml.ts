// The sitemap protocol's two documents (sitemaps.org): a list of addresses, and an index of
// such lists for a site too large for one. Pure.
import { escapeXml } from './atomXml'

export type SitemapUrl = { loc: string; lastModified?: string }

const XMLNS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

function entry(tag: 'url' | 'sitemap', { loc, lastModified }: SitemapUrl): string {
  const modified = lastModified ? `<lastmod>${new Date(lastModified).toISOString()}</lastmod>` : ''
  return `<${tag}><loc>${escapeXml(loc)}</loc>${modified}</${tag}>`
}

export function urlsetXml(urls: SitemapUrl[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="${XMLNS}">`,
    ...urls.map((url) => entry('url', url)),
    '</urlset>',
    '',
  ].join('\n')
}

export function sitemapIndexXml(sitemaps: SitemapUrl[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<sitemapindex xmlns="${XMLNS}">`,
    ...sitemaps.map((sitemap) => entry('sitemap', sitemap)),
    '</sitemapindex>',
    '',
  ].join('\n')
}
