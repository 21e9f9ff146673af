import { cachedSentIssues } from '@/content/cached'
import { NEWSLETTER_FEED_PATH, NEWSLETTER_PATH, newsletterIssuePath } from '@/routes'
import { atomXml } from '@/seo/atomXml'
import { absoluteUrl } from '@/seo/siteUrl'

const NEWSLETTER_FEED_TITLE = 'Groundwork newsletter — past issues'

export async function GET(): Promise<Response> {
  const xml = atomXml({
    title: NEWSLETTER_FEED_TITLE,
    selfUrl: absoluteUrl(NEWSLETTER_FEED_PATH),
    homeUrl: absoluteUrl(NEWSLETTER_PATH),
    entries: (await cachedSentIssues()).map((issue) => {
      // A sent issue keeps its address for good, so the address is its entry's id.
      const url = absoluteUrl(newsletterIssuePath(issue.slug))
      return {
        id: url,
        url,
        title: issue.subject,
        published: issue.sentAt,
        updated: issue.sentAt,
        summary: issue.teaser,
      }
    }),
  })
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } })
}
