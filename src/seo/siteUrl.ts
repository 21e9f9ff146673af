import { serverPort } from '@/content/serverPort'

/** The public address of the site, without a trailing slash: SITE_URL, else this server on its port. */
export function siteUrl(): string {
  const configured = process.env.SITE_URL?.trim()
  return (configured || `http://localhost:${serverPort()}`).replace(/\/+$/, '')
}

/** `absoluteUrl('/concepts/rag')` → `https://groundwork.example/concepts/rag` */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`
}

/**
 * An address on this site as a path, as Payload gives uploads' addresses with the site's origin
 * when SITE_URL is set: `https://groundwork.example/api/media/file/a.png` → `/api/media/file/a.png`.
 * Any other address stays as it is.
 */
export function sitePath(url: string): string {
  const site = siteUrl()
  return url.startsWith(`${site}/`) ? url.slice(site.length) : url
}

/** What a production build or server should say when SITE_URL is unset; undefined when it is set. */
export function missingSiteUrlWarning(): string | undefined {
  if (process.env.SITE_URL?.trim()) return undefined
  return (
    `SITE_URL is not set: links in emails, the feed, the sitemap and canonical tags will point at ${siteUrl()}. ` +
    'Set SITE_URL=https://your.domain'
  )
}
