// The web app manifest (/manifest.webmanifest): the name, colours and icons a phone or desktop
// uses when someone installs Groundwork or pins it to a home screen.
import type { MetadataRoute } from 'next'
import { ICON_FILES } from '@/components/brand/iconFiles'
import { BRAND_COLORS } from '@/components/brand/palette'

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Groundwork — AI concepts, clearly explained',
    short_name: 'Groundwork',
    start_url: '/',
    display: 'standalone',
    background_color: BRAND_COLORS.light.background,
    theme_color: BRAND_COLORS.light.brand,
    icons: [
      { src: `/${ICON_FILES.svg}`, sizes: 'any', type: 'image/svg+xml' },
      ...ICON_FILES.app.map(({ file, size }) => ({ src: `/${file}`, sizes: `${size}x${size}`, type: 'image/png' })),
    ],
  }
}
