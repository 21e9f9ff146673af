export const WORDS_PER_MINUTE = 200

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

/** Whole minutes to read the given texts, never less than one. */
export function readingMinutes(texts: Array<string | null | undefined>): number {
  const words = texts.reduce((total, text) => total + (text ? countWords(text) : 0), 0)
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE))
}
