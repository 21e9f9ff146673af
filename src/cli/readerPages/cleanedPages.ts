// A cached page is the same bytes for every reader: it is cleaned (and compressed) once per
// process and then served from here, keyed by the ETag Next gives it (a hash of its content)
// and its length. Cleaning a concept page costs about half a millisecond, as much as Next's
// whole answer; a page without an ETag (rendered per request) is cleaned every time.
import { gzipSync } from 'node:zlib'
import { withoutFrameworkScripts } from './frameworkScripts'

/** Enough for every page a site is read from at once; the oldest entry goes first. */
const KEPT_PAGES = 200

export type CleanedPage = { plain: Buffer; gzipped: () => Buffer }

const kept = new Map<string, CleanedPage>()

function cleaned(html: string): CleanedPage {
  const plain = Buffer.from(withoutFrameworkScripts(html))
  let gzipped: Buffer | undefined
  return { plain, gzipped: () => (gzipped ??= gzipSync(plain)) }
}

/** The page cleaned; `key` names a page whose content never changes under it, or is undefined. */
export function cleanedPage(key: string | undefined, html: () => string): CleanedPage {
  if (key === undefined) return cleaned(html())
  const known = kept.get(key)
  if (known) return known
  const page = cleaned(html())
  kept.set(key, page)
  if (kept.size > KEPT_PAGES) kept.delete(kept.keys().next().value as string)
  return page
}
