// An Atom 1.0 document (RFC 4287) of recently published or updated concepts. Pure.
import type { FeedEntry } from '@/content/cached'
import { conceptPath, HOME_PATH } from '@/routes'

export const FEED_TITLE = 'Groundwork — new and updated AI concepts'
export const FEED_PATH = '/feed.xml'

// XML 1.0 forbids these control characters even when escaped; one would make the whole feed unreadable.
const INVALID_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARACTERS, '').replace(/[&<>"']/g, (character) => XML_ENTITIES[character])
}

function timestamp(iso: string): string {
  return new Date(iso).toISOString()
}

function newestFirst(entries: FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => Date.parse(b.lastUpdatedAt) - Date.parse(a.lastUpdatedAt))
}

function entryXml(entry: FeedEntry, siteUrl: string): string {
  const url = escapeXml(`${siteUrl}${conceptPath(entry.slug)}`)
  const lines = [
    '  <entry>',
    `    <id>${url}</id>`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${url}"/>`,
    `    <published>${timestamp(entry.firstPublishedAt)}</published>`,
    `    <updated>${timestamp(entry.lastUpdatedAt)}</updated>`,
    `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
    ...(entry.categoryName ? [`    <category term="${escapeXml(entry.categoryName)}"/>`] : []),
    '  </entry>',
  ]
  return lines.join('\n')
}

/** `siteUrl` without a trailing slash, e.g. `https://groundwork.example`. */
export function atomFeed(entries: FeedEntry[], siteUrl: string): string {
  const sorted = newestFirst(entries)
  const home = escapeXml(`${siteUrl}${HOME_PATH}`)
  // An empty feed still needs an <updated>; the epoch keeps the output a function of its input.
  const updated = sorted[0] ? timestamp(sorted[0].lastUpdatedAt) : new Date(0).toISOString()
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${home}</id>`,
    `  <title type="text">${escapeXml(FEED_TITLE)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${siteUrl}${FEED_PATH}`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${home}"/>`,
    // Atom requires an author for every entry; the feed-level one covers them all.
    '  <author><name>Groundwork</name></author>',
    ...sorted.map((entry) => entryXml(entry, siteUrl)),
    '</feed>',
    '',
  ].join('\n')
}
