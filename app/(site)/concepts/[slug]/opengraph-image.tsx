// The picture shown when a concept is shared, in the brand's colours with its mark and wordmark.
// Only the bundled default font is used: rendering never waits on a font download.
import { ImageResponse } from 'next/og'
import { cachedConcept } from '@/content/cached'
import type { Category } from '@/payload-types'
import { MARK_GRID, STRATA_BOX, STRATA_PATH, TILE_PATH } from '@/components/brand/markShape'
import { BRAND_COLORS } from '@/components/brand/palette'
import { DIFFICULTY, type Difficulty } from '@/vocabulary/difficulty'
import { SLUG_PATTERN } from '@/fields/slugify'

export const dynamic = 'force-dynamic'

export const alt = 'Groundwork: an AI concept with its category and difficulty'
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'

const COLORS = BRAND_COLORS.light

type CardContent = { title: string; category?: Category; difficulty?: Difficulty }

const GENERIC_CARD: CardContent = { title: 'AI concepts, clearly explained' }

function titleSize(title: string): number {
  if (title.length <= 32) return 84
  if (title.length <= 70) return 68
  return 52
}

function Mark({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox={`0 0 ${MARK_GRID} ${MARK_GRID}`}>
      <path fill={COLORS.brand} d={TILE_PATH} />
      <path fill={COLORS.onBrand} d={STRATA_PATH} />
    </svg>
  )
}

const STRATA_WIDTH = 360

/** The mark's strata, large and pale, climbing out past the card's right edge. */
function Strata() {
  const { x, y, width, height } = STRATA_BOX
  return (
    <svg
      width={STRATA_WIDTH}
      height={(STRATA_WIDTH * height) / width}
      viewBox={`${x} ${y} ${width} ${height}`}
      style={{ position: 'absolute', right: -40, top: 56 }}
    >
      <path fill={COLORS.brandSoft} d={STRATA_PATH} />
    </svg>
  )
}

function Card({ title, category, difficulty }: CardContent) {
  const level = difficulty ? DIFFICULTY[difficulty] : undefined
  return (
    <div style={{ display: 'flex', width: '100%', height: '100%', background: COLORS.background }}>
      <Strata />
      <div style={{ display: 'flex', width: 28, height: '100%', background: COLORS.brand }} />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          flex: 1,
          padding: '64px 80px 64px 72px',
          color: COLORS.text,
        }}
      >
        <div
          style={{ display: 'flex', fontSize: 30, color: COLORS.brand, letterSpacing: 2, textTransform: 'uppercase' }}
        >
          {category?.name ?? 'Learn AI, one concept at a time'}
        </div>
        <div
          style={{
            display: 'flex',
            fontSize: titleSize(title),
            lineHeight: 1.1,
            letterSpacing: -1,
            maxWidth: 820,
            maxHeight: 420,
            overflow: 'hidden',
          }}
        >
          {title}
        </div>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 20, fontSize: 44, color: COLORS.brandStrong }}>
            <Mark size={60} />
            Groundwork
          </div>
          {level ? (
            <div
              style={{
                display: 'flex',
                fontSize: 28,
                color: level.imageColor,
                background: COLORS.surface,
                border: `3px solid ${level.imageColor}`,
                borderRadius: 999,
                padding: '8px 28px',
              }}
            >
              {level.label}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  )
}

async function cardFor(slug: string): Promise<CardContent> {
  const concept = SLUG_PATTERN.test(slug) ? await cachedConcept(slug) : undefined
  return concept ? { title: concept.title, category: concept.category, difficulty: concept.difficulty } : GENERIC_CARD
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return new ImageResponse(<Card {...await cardFor(slug)} />, size)
}
