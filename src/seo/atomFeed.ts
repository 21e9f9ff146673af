// The Atom feed of recently published or updated concepts. Pure.
import type { FeedEntry } from '@/content/cached'
import { conceptPath, HOME_PATH } from '@/routes'
import { atomXml } from './atomXml'

export { escapeXml } from './atomXml'

const FEED_TITLE = 'Groundwork — new and updated AI concepts'
export const FEED_PATH = '/feed.xml'

/**
 * A concept's entry id: a tag URI (RFC 4151) of the site's host name and the concept's id, so a
 * renamed concept (a new slug, a new address) is not announced again as a new entry.
 */
const conceptEntryId = (siteUrl: string, id: number) => `tag:${new URL(siteUrl).hostname},2026:concept:${id}`

/** `siteUrl` without a trailing slash, e.g. `https://groundwork.example`. */
export function atomFeed(entries: FeedEntry[], siteUrl: string): string {
  return atomXml({
    title: FEED_TITLE,
    selfUrl: `${siteUrl}${FEED_PATH}`,
    homeUrl: `${siteUrl}${HOME_PATH}`,
    entries: entries.map((entry) => ({
      id: conceptEntryId(siteUrl, entry.id),
      url: `${siteUrl}${conceptPath(entry.slug)}`,
      title: entry.title,
      published: entry.firstPublishedAt,
      updated: entry.lastUpdatedAt,
      summary: entry.summary,
      category: entry.categoryName,
    })),
  })
}
