// Misspelt words ("tranformer", "embedings") and their nearest real word: a word of
// published documents one edit away (a letter missing, extra, wrong, or two swapped),
// the most similar by trigrams (looked up in wordStatistics.ts). A word the documents
// contain in any of its spellings, or (typed last) begin, is not misspelt.
import type { ParsedQuery } from './parseQuery'

/** Below this similarity a nearest word is a different word, not a correction. */
export const CORRECTION_SIMILARITY = 0.45
/** Shorter words are mostly acronyms, where one letter makes another word. */
export const MIN_CORRECTED_LENGTH = 4

/**
 * The word and the word with each one letter left out. Two words are one edit apart when
 * their variants meet: "halucination" is a variant of "hallucination", and "attension" and
 * "attention" share "attenion".
 */
export function oneLetterLess(word: string): string[] {
  const variants = [...word].map((_, index) => word.slice(0, index) + word.slice(index + 1))
  return [...new Set([word, ...variants])]
}

/** The query as the reader probably meant it, when a word was corrected. */
export function correctedText(parsed: ParsedQuery, corrections: Map<string, string>): string | null {
  if (corrections.size === 0) return null
  return parsed.words
    .filter(({ typed }) => typed)
    .map(({ word }) => corrections.get(word) ?? word)
    .join(' ')
}
