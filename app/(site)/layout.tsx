import type { Metadata } from 'next'
import Link from 'next/link'
import type React from 'react'
import './site.css'

export const metadata: Metadata = {
  title: { default: 'Groundwork — AI concepts, clearly explained', template: '%s · Groundwork' },
  description: 'Reviewed explanations of AI concepts: what each one is, what makes it that, real use cases, pitfalls and FAQs.',
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Groundwork
          </Link>
          <nav aria-label="Main">
            <Link href="/concepts">Concepts</Link>
            <Link href="/categories">Categories</Link>
            <Link href="/use-cases">Use cases</Link>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>Groundwork — every explanation is written and reviewed by people.</p>
        </footer>
      </body>
    </html>
  )
}
