// The brand's colours as plain values, for pictures drawn outside CSS: the icon files, the OG
// image and the web app manifest. They repeat app/(site)/styles/tokens.css (light, dark).
export const BRAND_COLORS = {
  light: {
    brand: '#0b6b5c',
    brandStrong: '#06463c',
    brandSoft: '#e2f2ed',
    onBrand: '#ffffff',
    background: '#faf9f6',
    surface: '#ffffff',
    text: '#18201d',
  },
  dark: { brand: '#5fd3bb', onBrand: '#06241f' },
} as const
