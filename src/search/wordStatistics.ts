// What the database knows about each query word, in one statement: its correction when it
// looks misspelt (see query/corrections.ts), and how many published documents have it in
// any of its forms (counted in search_lexemes as documents change, so reading it costs
// one row per form). How common a word is decides
// where it finds documents; every word ranks them, weighted by its inverse document frequency.
import { sql } from '@payloadcms/db-postgres/drizzle'
import { CORRECTION_SIMILARITY, MIN_CORRECTED_LENGTH, oneLetterLess } from './query/corrections'
import type { ParsedQuery, WordQuery } from './query/parseQuery'
import { spellingVariants } from './query/spelling'
import {
  COMMON_MAX_DOCUMENTS,
  COMMON_MIN_DOCUMENTS,
  COMMON_SHARE,
  constant,
  FILLER_MIN_DOCUMENTS,
  FILLER_SHARE,
} from './ranking'
import { readPrepared, type SearchReader } from './searchReader'

export type WordStatistics = { correction: string | null; documents: number }

export type QueryStatistics = {
  /** Per word of the parsed query, in its order. */
  words: WordStatistics[]
  /** Published documents in all. */
  total: number
}

type Row = { index: number; correction: string | null; documents: number; total: number }

const correctable = (word: string, typed: boolean) =>
  typed && word.length >= MIN_CORRECTED_LENGTH && !/^\d+$/.test(word)

export async function readQueryStatistics(reader: SearchReader, parsed: ParsedQuery): Promise<QueryStatistics> {
  const words = parsed.words.map(({ word, alternatives, prefix, typed }, index) => {
    const correct = correctable(word, typed)
    return {
      index,
      word,
      forms: [word, ...alternatives],
      spellings: [word, ...spellingVariants(word)],
      prefix,
      correct,
      variants: correct ? oneLetterLess(word) : [],
    }
  })
  const rows = await readPrepared<Row>(
    reader,
    sql`
      with total as materialized (
        select case when c.reltuples >= 1000 then c.reltuples::int else (select count(*)::int from search_documents) end as n
        from pg_class c where c.oid = 'search_documents'::regclass
      ),
      typed as (
        select t.*, (tsvector_to_array(to_tsvector('english', unaccent(t.word))))[1] as stem
        from json_to_recordset(${JSON.stringify(words)}::json)
          as t(index int, word text, forms text[], spellings text[], variants text[], prefix boolean, correct boolean)
      )
      select t.index, fix.word as correction, coalesce(found.documents, 0)::int as documents, total.n as total
      from typed t cross join total
      left join lateral (
        select v.word from search_word_variants v
        where t.correct and v.variant = any(t.variants)
          and not exists (select 1 from search_words known where known.word = any(t.spellings))
          and not (t.prefix and exists (
            select 1 from search_lexemes l where l.lexeme >= t.stem and l.lexeme < t.stem || chr(1114111)
          ))
          and similarity(v.word, t.word) >= ${constant(CORRECTION_SIMILARITY)}
        order by similarity(v.word, t.word) desc, v.word limit 1
      ) fix on true
      left join lateral (
        select tsvector_to_array(to_tsvector('english', unaccent(array_to_string(t.forms || fix.word, ' ')))) as all_forms
      ) lexemes on true
      left join lateral (
        select sum(l.documents) as documents from search_lexemes l
        where l.lexeme = any(lexemes.all_forms)
          or (t.prefix and l.lexeme >= t.stem and l.lexeme < t.stem || chr(1114111))
      ) found on true
      order by t.index`,
  )
  return {
    words: rows.map((row) => ({ correction: row.correction, documents: row.documents })),
    total: rows[0]?.total ?? 0,
  }
}

/** How common a word is decides where it may find documents: rare ones anywhere, common ones in names and summaries, fillers in names. */
export type Commonness = 'rare' | 'common' | 'filler'

export type WeighedWord = WordQuery & { idf: number; commonness: Commonness }

/** A word's weight in ranking, and how common it is. */
export function weighWord(documents: number, total: number): { idf: number; commonness: Commonness } {
  const common = Math.min(COMMON_MAX_DOCUMENTS, Math.max(COMMON_MIN_DOCUMENTS, total * COMMON_SHARE))
  const filler = documents > total * FILLER_SHARE && documents >= FILLER_MIN_DOCUMENTS
  const commonness = documents < common ? 'rare' : filler ? 'filler' : 'common'
  return { idf: Math.log((total + 1) / (documents + 0.5)), commonness }
}
