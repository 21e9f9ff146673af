// How the admin names itself in browser tabs and link previews, and the icons it shows there:
// Groundwork's, in place of Payload's own.
import type { Config } from 'payload'
import { ICON_FILES } from '@/components/brand/iconFiles'

type AdminMeta = NonNullable<NonNullable<Config['admin']>['meta']>

export const adminMeta: AdminMeta = {
  // Payload puts a space between the page's title and the suffix.
  titleSuffix: '· Groundwork',
  icons: {
    icon: [{ url: `/${ICON_FILES.svg}`, type: 'image/svg+xml' }],
    apple: [{ url: `/${ICON_FILES.apple.file}`, sizes: `${ICON_FILES.apple.size}x${ICON_FILES.apple.size}` }],
  },
  // No generated preview picture (Payload's carries its own brand); the admin is never shared publicly.
  defaultOGImageType: 'off',
  openGraph: { siteName: 'Groundwork', description: 'Where Groundwork’s editors write and review its explanations.' },
}
