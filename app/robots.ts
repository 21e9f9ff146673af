// Lives at the root of app/, not in (site): Next only serves robots.txt from there.
import type { MetadataRoute } from 'next'
import { SITEMAP_PATH } from '@/routes'
import { absoluteUrl } from '@/seo/siteUrl'

// SITE_URL is known only at run time (the Docker build has none), so this must not be prerendered.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: absoluteUrl(SITEMAP_PATH),
  }
}
