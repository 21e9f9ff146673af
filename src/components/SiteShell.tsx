import Link from 'next/link'
import type React from 'react'
import { sans, serif } from './fonts'
import { SearchBox } from './search/SearchBox.client'
import { ThemeToggle } from './ThemeToggle.client'
import { themeScript } from './themeScript'
import { ABOUT_PATH, CATEGORIES_PATH, CONCEPTS_PATH, HOME_PATH, USE_CASES_PATH } from '@/routes'

/** The document around every public page: theme, fonts, skip link, header (with search) and footer. */
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
          <Link href={HOME_PATH} className="brand">
            Groundwork
          </Link>
          <nav aria-label="Main">
            <Link href={CONCEPTS_PATH}>Concepts</Link>
            <Link href={CATEGORIES_PATH}>Categories</Link>
            <Link href={USE_CASES_PATH}>Use cases</Link>
            <Link href={ABOUT_PATH}>About</Link>
          </nav>
          <SearchBox />
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
