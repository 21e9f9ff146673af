// The brand's colours live in CSS for the site and the admin, and as plain values for images
// (icons, OG image, manifest). A change to one must reach the others.
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BRAND_COLORS } from '@/components/brand/palette'

const read = (path: string) => fs.readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const tokens = read('app/(site)/styles/tokens.css')
const admin = read('app/(payload)/brand.css')

function token(name: string): { light: string; dark: string } {
  const match = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`).exec(tokens)
  if (!match) throw new Error(`tokens.css has no --${name}`)
  return { light: match[1], dark: match[2] }
}

describe('the brand palette', () => {
  it('gives images the colours the site uses', () => {
    expect(BRAND_COLORS.light.brand).toBe(token('color-brand').light)
    expect(BRAND_COLORS.dark.brand).toBe(token('color-brand').dark)
    expect(BRAND_COLORS.light.brandStrong).toBe(token('color-brand-strong').light)
    expect(BRAND_COLORS.light.brandSoft).toBe(token('color-brand-soft').light)
    expect(BRAND_COLORS.light.background).toBe(token('color-bg').light)
    expect(BRAND_COLORS.light.text).toBe(token('color-text').light)
  })

  it('gives the admin the same teal', () => {
    expect(admin).toContain(`--groundwork-brand: ${token('color-brand').light};`)
    expect(admin).toContain(`--groundwork-brand-strong: ${token('color-brand-strong').light};`)
  })
})
