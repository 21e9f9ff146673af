import type { Metadata } from 'next'
import type { ConceptPage } from '@/content/cached'
import { absoluteUrl, siteUrl } from './siteUrl'
import { conceptPath } from '@/routes'
import { FEED_PATH } from './atomFeed'
import { SITE_NAME } from './pageMetadata'

export type MetadataConcept = Pick<
  ConceptPage,
  'title' | 'slug' | 'summary' | 'firstPublishedAt' | 'lastUpdatedAt' | 'createdAt' | 'updatedAt'
>

/**
 * Title, description, canonical address and sharing cards for a concept page. The image comes from
 * the segment's opengraph-image route, which Next adds to both the Open Graph and the Twitter card.
 */
export function conceptMetadata(concept: MetadataConcept): Metadata {
  const url = absoluteUrl(conceptPath(concept.slug))
  return {
    // Makes the generated image's address absolute with the public host, not the request's.
    metadataBase: new URL(siteUrl()),
    title: concept.title,
    description: concept.summary,
    // Next replaces the layout's alternates whole: the feed is named again.
    alternates: { canonical: url, types: { 'application/atom+xml': FEED_PATH } },
    openGraph: {
      type: 'article',
      url,
      title: concept.title,
      description: concept.summary,
      siteName: SITE_NAME,
      publishedTime: concept.firstPublishedAt ?? concept.createdAt,
      modifiedTime: concept.lastUpdatedAt ?? concept.updatedAt,
    },
    twitter: { card: 'summary_large_image', title: concept.title, description: concept.summary },
  }
}
