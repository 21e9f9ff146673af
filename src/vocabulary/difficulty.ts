// The difficulty levels, easiest first. Everything that names, orders or colours a level
// reads it here: the collection's options, the index filters, the badge, the OG image and
// the home page's reading paths. A new level needs an entry here and its colour token
// (`--<level>`, light and dark) in app/(site)/site.css.
export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const

export type Difficulty = (typeof DIFFICULTIES)[number]

type Level = {
  label: string
  /** The CSS custom property that colours the level on the site, in both themes. */
  colorToken: `--${string}`
  /** The light theme's colour of the same token, for images drawn outside CSS (the OG image). */
  imageColor: string
}

export const DIFFICULTY: Record<Difficulty, Level> = {
  beginner: { label: 'Beginner', colorToken: '--beginner', imageColor: '#1c6b34' },
  intermediate: { label: 'Intermediate', colorToken: '--intermediate', imageColor: '#8a5300' },
  advanced: { label: 'Advanced', colorToken: '--advanced', imageColor: '#a1262d' },
}

export const isDifficulty = (value: unknown): value is Difficulty => DIFFICULTIES.some((level) => level === value)
