// What a feed reader relies on in the Atom document.
import { describe, expect, it } from 'vitest'
import type { FeedEntry } from '@/content/reads/feeds'
import { atomFeed, escapeXml } from '@/seo/atomFeed'

const SITE = 'https://groundwork.example'

function entry(overrides: Partial<FeedEntry> = {}): FeedEntry {
  return {
    id: 12,
    title: 'Embeddings',
    slug: 'embeddings',
    summary: 'Numbers that place similar meanings close together.',
    firstPublishedAt: '2026-01-02T10:00:00.000Z',
    lastUpdatedAt: '2026-02-03T10:00:00.000Z',
    categoryName: 'Foundations',
    ...overrides,
  }
}

const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g

/** Tags nest and close, no markup hides in text, and every `&` starts an entity. */
function expectWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '')
  const open: string[] = []
  for (const [, closing, name, , selfClosing] of body.matchAll(TAG)) {
    if (closing) expect(open.pop()).toBe(name)
    else if (!selfClosing) open.push(name)
  }
  expect(open).toEqual([])
  expect(body.replace(TAG, '')).not.toMatch(/[<>]/)
  expect(body).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos);)/)
}

function entries(xml: string): string[] {
  return [...xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map(([match]) => match)
}

function textOf(xml: string, tag: string): string | undefined {
  return xml.match(new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`))?.[1]
}

describe('atomFeed', () => {
  it('is a well-formed Atom document that identifies itself and the site', () => {
    const xml = atomFeed([entry()], SITE)
    expectWellFormedXml(xml)
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/)
    expect(textOf(xml, 'id')).toBe(`${SITE}/`)
    expect(textOf(xml, 'title')).toBe('Groundwork — new and updated AI concepts')
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${SITE}/feed.xml"/>`)
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="${SITE}/"/>`)
    expect(xml).toMatch(/<author><name>Groundwork<\/name><\/author>/)
  })

  it('gives each concept an entry with its address, dates, summary and category', () => {
    const [only] = entries(atomFeed([entry()], SITE))
    expect(textOf(only, 'id')).toBe('tag:groundwork.example,2026:concept:12')
    expect(textOf(only, 'title')).toBe('Embeddings')
    expect(only).toContain(`<link rel="alternate" type="text/html" href="${SITE}/concepts/embeddings"/>`)
    expect(textOf(only, 'published')).toBe('2026-01-02T10:00:00.000Z')
    expect(textOf(only, 'updated')).toBe('2026-02-03T10:00:00.000Z')
    expect(textOf(only, 'summary')).toBe('Numbers that place similar meanings close together.')
    expect(only).toContain('<category term="Foundations"/>')
  })

  it('lists the newest update first and dates the feed by it', () => {
    const xml = atomFeed(
      [
        entry({ slug: 'older', lastUpdatedAt: '2026-01-05T00:00:00.000Z' }),
        entry({ slug: 'newest', lastUpdatedAt: '2026-04-01T00:00:00.000Z' }),
        entry({ slug: 'middle', lastUpdatedAt: '2026-02-01T00:00:00.000Z' }),
      ],
      SITE,
    )
    expect(entries(xml).map((item) => /href="([^"]*)"/.exec(item)?.[1])).toEqual(
      ['newest', 'middle', 'older'].map((slug) => `${SITE}/concepts/${slug}`),
    )
    expect(textOf(xml.slice(0, xml.indexOf('<entry>')), 'updated')).toBe('2026-04-01T00:00:00.000Z')
  })

  it('escapes markup and ampersands in titles, summaries and categories', () => {
    const xml = atomFeed(
      [entry({ title: 'Q&A <b>bots</b>', summary: 'Say "hi" & it\'s <fine>', categoryName: 'R&D "lab"' })],
      SITE,
    )
    expectWellFormedXml(xml)
    expect(xml).toContain('<title type="text">Q&amp;A &lt;b&gt;bots&lt;/b&gt;</title>')
    expect(xml).toContain('<summary type="text">Say &quot;hi&quot; &amp; it&apos;s &lt;fine&gt;</summary>')
    expect(xml).toContain('<category term="R&amp;D &quot;lab&quot;"/>')
  })

  it('keeps an entry’s id when the concept’s address changes, and tells concepts apart by it', () => {
    const [before] = entries(atomFeed([entry()], SITE))
    const [renamed, other] = entries(atomFeed([entry({ slug: 'vector-embeddings' }), entry({ id: 13 })], SITE))
    expect(textOf(renamed, 'id')).toBe(textOf(before, 'id'))
    expect(renamed).toContain(`href="${SITE}/concepts/vector-embeddings"`)
    expect(textOf(other, 'id')).toBe('tag:groundwork.example,2026:concept:13')
  })

  it('names the site in an entry id by its host name alone, as a tag URI allows no port', () => {
    const [only] = entries(atomFeed([entry()], 'http://localhost:3000'))
    expect(textOf(only, 'id')).toBe('tag:localhost,2026:concept:12')
  })

  it('leaves out the category when a concept has none', () => {
    const [only] = entries(atomFeed([entry({ categoryName: undefined })], SITE))
    expect(only).not.toContain('<category')
  })

  it('is still a valid feed with no entries', () => {
    const xml = atomFeed([], SITE)
    expectWellFormedXml(xml)
    expect(entries(xml)).toEqual([])
    expect(textOf(xml, 'updated')).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })
})

describe('escapeXml', () => {
  it('escapes the five XML specials and drops characters XML cannot carry', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f')
    expect(escapeXml('tab\tstays, bell\u0007 goes')).toBe('tab\tstays, bell goes')
  })
})
