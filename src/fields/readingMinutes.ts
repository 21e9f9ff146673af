export const WORDS_PER_MINUTE = 200

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

/**
 * Whole minutes to read the given texts, never less than one. Anything that is not text
 * counts as no words: hooks count a save's data before its fields are validated.
 */
export function readingMinutes(texts: unknown[]): number {
  const words = texts.reduce<number>((total, text) => total + (typeof text === 'string' ? countWords(text) : 0), 0)
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE))
}
