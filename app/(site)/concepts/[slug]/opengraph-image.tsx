// The picture shown when a concept is shared. Only the bundled default font is used: rendering never
// waits on a font download.
import { ImageResponse } from 'next/og'
import { cachedConcept } from '@/content/cached'
import type { Category } from '@/payload-types'
import { DIFFICULTY, type Difficulty } from '@/vocabulary/difficulty'
import { SLUG_PATTERN } from '@/fields/slugify'

export const dynamic = 'force-dynamic'

export const alt = 'Groundwork: an AI concept with its category and difficulty'
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'

const COLORS = { text: '#1d1f23', muted: '#555b66', accent: '#1f5fbf', background: '#ffffff', surface: '#f4f6f9' }

type CardContent = { title: string; category?: Category; difficulty?: Difficulty }

const GENERIC_CARD: CardContent = { title: 'AI concepts, clearly explained' }

function titleSize(title: string): number {
  if (title.length <= 32) return 84
  if (title.length <= 70) return 68
  return 52
}

function Card({ title, category, difficulty }: CardContent) {
  const level = difficulty ? DIFFICULTY[difficulty] : undefined
  return (
    <div style={{ display: 'flex', width: '100%', height: '100%', background: COLORS.background }}>
      <div style={{ display: 'flex', width: 28, height: '100%', background: COLORS.accent }} />
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
          style={{ display: 'flex', fontSize: 30, color: COLORS.muted, letterSpacing: 2, textTransform: 'uppercase' }}
        >
          {category?.name ?? 'Learn AI, one concept at a time'}
        </div>
        <div
          style={{
            display: 'flex',
            fontSize: titleSize(title),
            lineHeight: 1.1,
            letterSpacing: -1,
            maxHeight: 420,
            overflow: 'hidden',
          }}
        >
          {title}
        </div>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <div style={{ display: 'flex', fontSize: 44, color: COLORS.accent }}>Groundwork</div>
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
