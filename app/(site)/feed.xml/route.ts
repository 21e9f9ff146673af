import { listFeedEntries } from '../../../src/content/feeds'
import { atomFeed } from '../../../src/seo/atomFeed'
import { siteUrl } from '../../../src/seo/siteUrl'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const xml = atomFeed(await listFeedEntries(), siteUrl())
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } })
}
