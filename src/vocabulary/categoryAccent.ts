// The accent colours a category can carry on the site: its cards, its page and its place on
// the home page. Each name has a token `--accent-<name>` (light and dark) in
// app/(site)/styles/tokens.css.
import type { CSSProperties } from 'react'

export const CATEGORY_ACCENTS = ['teal', 'violet', 'amber', 'rose', 'blue', 'green'] as const

export type CategoryAccent = (typeof CATEGORY_ACCENTS)[number]

export const DEFAULT_CATEGORY_ACCENT: CategoryAccent = 'teal'

const isCategoryAccent = (value: unknown): value is CategoryAccent =>
  CATEGORY_ACCENTS.some((accent) => accent === value)

/**
 * The inline style that gives an element its category's accent as `--accent`, for the
 * stylesheets to use; an unknown or missing accent falls back to the default.
 */
export function accentStyle(accent: unknown): CSSProperties {
  return { '--accent': `var(--accent-${isCategoryAccent(accent) ? accent : DEFAULT_CATEGORY_ACCENT})` } as CSSProperties
}
