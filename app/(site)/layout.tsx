import type { Metadata } from 'next'
import type React from 'react'
import { SiteShell } from '@/components/SiteShell'
import { siteUrl } from '@/seo/siteUrl'
import { FEED_PATH } from '@/seo/atomFeed'
import { SITE_NAME, SITE_TITLE } from '@/seo/pageMetadata'
import './site.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: SITE_TITLE, template: `%s · ${SITE_NAME}` },
  description:
    'Reviewed explanations of AI concepts: what each one is, what makes it that, real use cases, pitfalls and FAQs.',
  alternates: { types: { 'application/atom+xml': FEED_PATH } },
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteShell>{children}</SiteShell>
}
