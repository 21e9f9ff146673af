// Finds where a text names a concept: any of its names, whole words only, with an optional
// plural ending ("transformers", "LLMs") or without one ("an embedding" names "Embeddings"). Names written with capitals inside them ("LLM",
// "MoE") are acronyms and must match their case; other names match in any case. Between
// a name's words the text may have spaces or hyphens ("fine tuning" names "Fine-Tuning").
// The longest name wins where several start at the same word.

export type MentionName<T> = { target: T; words: string[]; caseSensitive: boolean }
export type Mention<T> = { start: number; end: number; target: T }

type Word = { text: string; lower: string; start: number; end: number }

const WORD = /[\p{L}\p{N}]+/gu
const JOINER = /^[\s\u00a0-]*$/
const PLURAL = /^(?:s|es)$/
/** Single-word names shorter than this ("AI") are too common to link. */
const MIN_SINGLE_WORD_LENGTH = 3

/** "LLM", "MoE", "GPT-4o": a word with a capital after its first letter. */
const isAcronymLike = (words: string[]) => words.some((word) => /\p{Lu}/u.test(word.slice(1)))

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    text: match[0],
    lower: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }))
}

export type Matcher<T> = Map<string, MentionName<T>[]>

/** Indexes names by their first word, longest first. */
export function buildMatcher<T>(entries: { target: T; names: string[] }[]): Matcher<T> {
  const matcher: Matcher<T> = new Map()
  for (const { target, names } of entries) {
    for (const name of new Set(names)) {
      const words = wordsOf(name).map((word) => word.text)
      if (words.length === 0 || (words.length === 1 && words[0].length < MIN_SINGLE_WORD_LENGTH)) continue
      const caseSensitive = isAcronymLike(words)
      const entry = { target, words: caseSensitive ? words : words.map((word) => word.toLowerCase()), caseSensitive }
      const key = words[0].toLowerCase()
      const sharingFirstWord = matcher.get(key)
      if (sharingFirstWord) sharingFirstWord.push(entry)
      else matcher.set(key, [entry])
    }
  }
  // Sorted once at the end: sorting on every insertion made 10,000 concepts take 100–300 ms.
  for (const names of matcher.values()) names.sort((a, b) => b.words.length - a.words.length)
  return matcher
}

/** Whether a name's last word is written as `actual`: as is, plural, or singular. */
function sameLastWord(actual: string, expected: string): boolean {
  if (actual === expected) return true
  if (actual.startsWith(expected) && PLURAL.test(actual.slice(expected.length))) return true
  return expected.length > 4 && expected.endsWith('s') && actual === expected.slice(0, -1)
}

function matchesAt<T>(text: string, words: Word[], index: number, name: MentionName<T>): number | undefined {
  for (const [offset, expected] of name.words.entries()) {
    const word = words[index + offset]
    if (!word) return undefined
    if (offset > 0 && !JOINER.test(text.slice(words[index + offset - 1].end, word.start))) return undefined
    const actual = name.caseSensitive ? word.text : word.lower
    const last = offset === name.words.length - 1
    if (last ? !sameLastWord(actual, expected) : actual !== expected) return undefined
  }
  return index + name.words.length - 1
}

/**
 * Every mention in the text, left to right, without overlaps. `wanted` decides whether a
 * target may still be linked (say, only its first mention); it is asked once per mention found.
 */
/** The names that may start at a word, itself or its singular or plural (a one-word name ends there too). */
function namesStartingAt<T>(matcher: Matcher<T>, word: string): MentionName<T>[] {
  const found: MentionName<T>[][] = []
  for (const key of new Set([word, word.replace(/e?s$/, ''), word.replace(/s$/, ''), `${word}s`])) {
    const names = matcher.get(key)
    if (names) found.push(names)
  }
  // Most words start no name; most others start names under one key only, already longest first.
  if (found.length <= 1) return found[0] ?? []
  return found.flat().sort((a, b) => b.words.length - a.words.length)
}

export function findMentions<T>(text: string, matcher: Matcher<T>, wanted: (target: T) => boolean): Mention<T>[] {
  const words = wordsOf(text)
  const mentions: Mention<T>[] = []
  for (let index = 0; index < words.length; index++) {
    for (const name of namesStartingAt(matcher, words[index].lower)) {
      const last = matchesAt(text, words, index, name)
      if (last === undefined || !wanted(name.target)) continue
      mentions.push({ start: words[index].start, end: words[last].end, target: name.target })
      index = last
      break
    }
  }
  return mentions
}
