import Link from 'next/link'
import type React from 'react'
import { sans, serif } from './fonts'
import { ThemeToggle } from './ThemeToggle.client'
import { themeScript } from './themeScript'

/** The document around every public page: theme, fonts, skip link, header and footer. */
export function SiteShell({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${sans.variable} ${serif.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
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
            <Link href="/about">About</Link>
          </nav>
          <ThemeToggle />
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>Groundwork — every explanation is written by editors and checked by reviewers.</p>
        </footer>
      </body>
    </html>
  )
}
