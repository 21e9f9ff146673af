import type { Metadata } from 'next'
import { FEED_PATH } from './atomFeed'
import { absoluteUrl } from './siteUrl'

export const SITE_NAME = 'Groundwork'
export const SITE_TITLE = 'Groundwork — AI concepts, clearly explained'

type PageFacts = {
  /** Left out, the page is titled as the site. */
  title?: string
  description?: string
  path: string
  /** The feed a feed reader finds on the page: the site's, unless the page has its own. */
  feedPath?: string
}

/**
 * The canonical address, the feed and a sharing card for a public page (concept pages have
 * their own, conceptMetadata.ts). Next replaces the layout's `alternates` and `openGraph`
 * whole, so each page names all of them.
 */
export function pageMetadata({ title, description, path, feedPath = FEED_PATH }: PageFacts): Metadata {
  const url = absoluteUrl(path)
  return {
    ...(title && { title }),
    ...(description && { description }),
    alternates: { canonical: url, types: { 'application/atom+xml': feedPath } },
    openGraph: {
      type: 'website',
      url,
      siteName: SITE_NAME,
      title: title ?? SITE_TITLE,
      ...(description && { description }),
    },
  }
}
