import Link from 'next/link'
import type React from 'react'
import { Wordmark } from './brand/Wordmark'
import { sans, serif } from './fonts'
import { enhancementBundle } from '@/enhancements/enhancementBundle'
import { SearchBox } from './search/SearchBox'
import { ThemeToggle } from './ThemeToggle'
import { themeScript } from './themeScript'
import { ABOUT_PATH, CATEGORIES_PATH, CONCEPTS_PATH, HOME_PATH, NEWSLETTER_PATH, USE_CASES_PATH } from '@/routes'

const SECTIONS = [
  { href: CONCEPTS_PATH, label: 'Concepts' },
  { href: CATEGORIES_PATH, label: 'Categories' },
  { href: USE_CASES_PATH, label: 'Use cases' },
  { href: ABOUT_PATH, label: 'About' },
]

/**
 * The document around every public page: theme, fonts, skip link, header (with search) and
 * footer, and the one small script that enhances it (src/enhancements).
 */
export async function SiteShell({ children }: { children: React.ReactNode }) {
  const { urls } = await enhancementBundle()
  return (
    <html lang="en" className={`${sans.variable} ${serif.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
        <script type="module" async src={urls.readerPage} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href={HOME_PATH} className="brand">
            <Wordmark />
          </Link>
          <nav aria-label="Main" className="site-nav">
            {SECTIONS.map((section) => (
              // The reader pages' script marks the current section (src/enhancements/currentNavSection.ts),
              // before React hydrates where it does (`npm run dev`).
              <Link key={section.href} href={section.href} suppressHydrationWarning>
                {section.label}
              </Link>
            ))}
          </nav>
          <div className="header-tools">
            <SearchBox instantSearchScript={urls.instantSearch} />
            <ThemeToggle />
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <div className="site-footer-inner">
            <p>Groundwork — every explanation is written by editors and checked by reviewers.</p>
            <nav aria-label="Footer">
              {SECTIONS.map((section) => (
                <Link key={section.href} href={section.href}>
                  {section.label}
                </Link>
              ))}
              <Link href={NEWSLETTER_PATH}>Newsletter</Link>
              <a href="/feed.xml">Feed</a>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  )
}
