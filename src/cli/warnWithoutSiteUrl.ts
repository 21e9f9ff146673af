import { missingSiteUrlWarning } from '@/seo/siteUrl'

/** Production without SITE_URL works, but its links point at localhost: say so where it is started. */
export function warnWithoutSiteUrl(): void {
  const warning = missingSiteUrlWarning()
  if (warning) console.warn(`\n⚠ ${warning}\n`)
}
