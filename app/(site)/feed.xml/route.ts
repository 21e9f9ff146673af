import { atomFeed } from '../../../src/seo/atomFeed'
import { cachedFeedEntries } from '../../../src/content/cached'
import { siteUrl } from '../../../src/seo/siteUrl'

export async function GET(): Promise<Response> {
  const xml = atomFeed(await cachedFeedEntries(), siteUrl())
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } })
}
