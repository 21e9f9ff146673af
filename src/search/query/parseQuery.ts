// A reader's query as search runs it: its words, each with the other forms that should
// find the same thing (spellings, synonyms, a correction), and the text-search query
// (tsquery syntax) built from them. Words are letters and digits only, so the tsquery
// text cannot carry operators of the reader's own.
import { words } from './normalise'
import { spellingVariants } from './spelling'
import { phraseMeanings, synonymsOf } from './synonyms'

export const MIN_QUERY_LENGTH = 2
export const MAX_QUERY_LENGTH = 200
/** Words past this many add little but cost: they are ignored. */
const MAX_QUERY_WORDS = 12

export type QueryWord = {
  word: string
  /** Other forms searched as this word: spellings and synonyms. */
  alternatives: string[]
  /** The last word of a query may be half typed: it also matches words that start with it. */
  prefix: boolean
  /** False for a word a phrase of the query stands for ("make … up" → "invent"). */
  typed: boolean
}

export type ParsedQuery = {
  /** The words as typed, normalised, joined by spaces. */
  text: string
  words: QueryWord[]
}

const formsOf = (word: string) => [...new Set([...spellingVariants(word), ...synonymsOf(word)])]

export function parseQuery(query: string): ParsedQuery {
  const found = words(query).slice(0, MAX_QUERY_WORDS)
  const meant = phraseMeanings(found).filter((word) => !found.includes(word))
  return {
    text: found.join(' '),
    words: [
      ...found.map((word, index) => ({
        word,
        alternatives: formsOf(word),
        prefix: index === found.length - 1 && word.length >= 3,
        typed: true,
      })),
      ...meant.map((word) => ({ word, alternatives: formsOf(word), prefix: false, typed: false })),
    ],
  }
}

/** The query with a misspelt word's correction searched beside it. */
export function withCorrections(parsed: ParsedQuery, corrections: Map<string, string>): ParsedQuery {
  return {
    ...parsed,
    words: parsed.words.map((entry) => {
      const correction = corrections.get(entry.word)
      if (!correction) return entry
      const forms = [correction, ...spellingVariants(correction), ...synonymsOf(correction)]
      return { ...entry, alternatives: [...new Set([...entry.alternatives, ...forms])] }
    }),
  }
}

/** A word as tsquery text: any of its forms. */
export type WordQuery = { anywhere: string }

const term = (word: string, prefix: boolean) => (prefix ? `${word}:*` : word)

function wordQuery({ word, alternatives, prefix }: QueryWord): string {
  const forms = [term(word, prefix), ...alternatives.map((alternative) => term(alternative, false))]
  return forms.length === 1 ? forms[0] : `(${forms.join(' | ')})`
}

/** One tsquery per query word: ranking weighs each word by how rare it is. */
export function wordQueries(parsed: ParsedQuery): WordQuery[] {
  return parsed.words.map((entry) => ({ anywhere: wordQuery(entry) }))
}
