// Every 404 (unknown address, unknown slug, draft) renders here as a whole document:
// with two root layouts, (site) and (payload), Next has no shared layout for 404s.
import type { Metadata } from 'next'
import { NotFoundContent } from '@/components/NotFoundContent'
import { SiteShell } from '@/components/SiteShell'
import './(site)/site.css'

export const metadata: Metadata = { title: 'Page not found · Groundwork', robots: { index: false } }

export default function GlobalNotFound() {
  return (
    <SiteShell>
      <NotFoundContent />
    </SiteShell>
  )
}
