// The accent colours a category can carry on the site: its cards, its page and its place on
// the home page. Each name has a token `--accent-<name>` (light and dark) in
// app/(site)/styles/tokens.css.
export const CATEGORY_ACCENTS = ['teal', 'violet', 'amber', 'rose', 'blue', 'green'] as const

export type CategoryAccent = (typeof CATEGORY_ACCENTS)[number]

export const DEFAULT_CATEGORY_ACCENT: CategoryAccent = 'teal'

const isCategoryAccent = (value: unknown): value is CategoryAccent =>
  CATEGORY_ACCENTS.some((accent) => accent === value)

/** The CSS colour of a category's accent; an unknown or missing one falls back to the default. */
export function accentColor(accent: unknown): string {
  return `var(--accent-${isCategoryAccent(accent) ? accent : DEFAULT_CATEGORY_ACCENT})`
}
