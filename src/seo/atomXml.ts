// An Atom 1.0 document (RFC 4287): the concept feed and the newsletter archive's feed. Pure.

// XML 1.0 forbids these control characters even when escaped; one would make the whole feed unreadable.
const INVALID_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARACTERS, '').replace(/[&<>"']/g, (character) => XML_ENTITIES[character])
}

export type AtomEntry = {
  /** The entry's permanent id, kept when its address changes: how feed readers know it is not new. */
  id: string
  url: string
  title: string
  published: string
  updated: string
  summary: string
  category?: string
}

export type AtomFeed = { title: string; selfUrl: string; homeUrl: string; entries: AtomEntry[] }

const timestamp = (iso: string) => new Date(iso).toISOString()

function entryXml(entry: AtomEntry): string {
  const url = escapeXml(entry.url)
  return [
    '  <entry>',
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${url}"/>`,
    `    <published>${timestamp(entry.published)}</published>`,
    `    <updated>${timestamp(entry.updated)}</updated>`,
    `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
    ...(entry.category ? [`    <category term="${escapeXml(entry.category)}"/>`] : []),
    '  </entry>',
  ].join('\n')
}

/** The feed, newest entry first. */
export function atomXml({ title, selfUrl, homeUrl, entries }: AtomFeed): string {
  const sorted = [...entries].sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated))
  const home = escapeXml(homeUrl)
  // An empty feed still needs an <updated>; the epoch keeps the output a function of its input.
  const updated = sorted[0] ? timestamp(sorted[0].updated) : new Date(0).toISOString()
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${home}</id>`,
    `  <title type="text">${escapeXml(title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${home}"/>`,
    // Atom requires an author for every entry; the feed-level one covers them all.
    '  <author><name>Groundwork</name></author>',
    ...sorted.map(entryXml),
    '</feed>',
    '',
  ].join('\n')
}
