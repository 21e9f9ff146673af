// The difficulty levels, easiest first. Everything that names, orders or colours a level
// reads it here: the collection's options, the index filters, the meter, the OG image and
// the home page's reading paths. A new level needs an entry here and its colour token
// (`--color-<level>`, light and dark) in app/(site)/styles/tokens.css.
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
  beginner: { label: 'Beginner', colorToken: '--color-beginner', imageColor: '#1d6f38' },
  intermediate: { label: 'Intermediate', colorToken: '--color-intermediate', imageColor: '#8c5200' },
  advanced: { label: 'Advanced', colorToken: '--color-advanced', imageColor: '#ad2333' },
}

export const isDifficulty = (value: unknown): value is Difficulty => DIFFICULTIES.some((level) => level === value)
