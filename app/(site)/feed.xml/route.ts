import { atomFeed } from '@/seo/atomFeed'
import { cachedFeedEntries } from '@/content/cached'
import { siteUrl } from '@/seo/siteUrl'

export async function GET(): Promise<Response> {
  const xml = atomFeed(await cachedFeedEntries(), siteUrl())
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } })
}
