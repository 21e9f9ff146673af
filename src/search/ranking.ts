// How results are ordered. Each query word counts by how rare it is among published
// documents (a word most documents contain, like "model", says little), and by where a
// document has it: title and aliases weigh most, then the summary, then traits, pitfalls,
// FAQs and linked titles, then the body. A name that equals or begins with the query, or
// is close to it (which forgives typos), adds to that. Use cases rank a little below
// concepts with the same match: concepts are what readers come for.
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

/** Text-search weights for D (body), C (traits, pitfalls, FAQs), B (summary) and A (names). */
const WEIGHTS = '{0.1, 0.25, 0.5, 1.0}'

export const SCORE = {
  text: 3,
  exactName: 3,
  leadingName: 1,
  closeName: 1.5,
  /** Name similarity below this says nothing. */
  closeNameFrom: 0.5,
  /** Longer queries are questions, not names: name closeness and leading matches stop counting. */
  nameQueryWords: 3,
  useCase: 0.75,
}

/** A word in at least this share of documents (and this many) is common: it ranks, but finds nothing alone. */
export const COMMON_SHARE = 0.25
export const COMMON_MIN_DOCUMENTS = 3
/** Counting a word's documents stops here: a word this frequent is common, however large the index. */
export const DOCUMENT_COUNT_CAP = 300
/**
 * Ranking reads each candidate's whole vector, which is slow for thousands of rows: they are
 * first ordered by their names and summary alone (lead_vector, which rarely disagrees), and
 * only this many more than the page needs are ranked in full.
 */
export const SHORTLIST_MARGIN = 30

/** One of the constants above, written into the statement (they are ours, not a reader's). */
export const constant = (value: number | string): SQL => sql.raw(String(value))

/**
 * A row's score, for the words as weighed (idf) and written as columns `w0`, `w1`… of `q`
 * (their tsqueries). Expects `d` (a search_documents row) and `q` in scope; `vector` is the
 * tsvector to rank (the whole one, or its lead); `phrase` is the normalised query. Comparing
 * names by trigrams is the costly part: a shortlist of thousands is ordered without it.
 */
export function scoreSql(phrase: string, vector: SQL, idfs: number[], { closeNames = true } = {}): SQL {
  const nameLike = phrase.split(' ').length <= SCORE.nameQueryWords ? sql`true` : sql`false`
  const totalIdf = idfs.reduce((sum, idf) => sum + idf, 0)
  const text = idfs.length
    ? sql.join(
        idfs.map(
          (idf, index) =>
            sql`${constant(idf / totalIdf)} * ts_rank(${constant(`'${WEIGHTS}'`)}::float4[], ${vector}, q.${sql.raw(`w${index}`)})`,
        ),
        sql` + `,
      )
    : sql`0`
  return sql`(
    ${constant(SCORE.text)} * (${text})
    + case when ${phrase} = any(d.name_list) then ${constant(SCORE.exactName)} else 0 end
    + case when ${nameLike} and exists (select 1 from unnest(d.name_list) as name where name like ${phrase} || '%')
        then ${constant(SCORE.leadingName)} else 0 end
    + case when ${closeNames ? nameLike : sql`false`} and word_similarity(${phrase}, d.names) >= ${constant(SCORE.closeNameFrom)}
        then ${constant(SCORE.closeName)} * word_similarity(${phrase}, d.names) else 0 end
  ) * case when d.doc_type = 'use-case' then ${constant(SCORE.useCase)} else 1 end`
}
