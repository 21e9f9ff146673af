const DEFAULT_SITE_URL = 'http://localhost:3000'

/** The public address of the site, without a trailing slash. */
export function siteUrl(): string {
  const configured = process.env.SITE_URL?.trim()
  return (configured || DEFAULT_SITE_URL).replace(/\/+$/, '')
}

/** `absoluteUrl('/concepts/rag')` → `https://groundwork.example/concepts/rag` */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`
}
