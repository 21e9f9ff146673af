// How results are ordered. Each query word counts by how rare it is among published
// documents (a word most documents contain, like "model", says little), and by where a
// document has it: title and aliases weigh most, then the summary, then traits, pitfalls,
// FAQs and linked titles, then the body. A name that equals or begins with the query, or
// is close to it (which forgives typos), adds to that. Use cases rank a little below
// concepts with the same match: concepts are what readers come for.
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

/** Text-search weights for D (body), C (traits, pitfalls, FAQs), B (summary) and A (names). */
const WEIGHTS = '{0.1, 0.25, 0.5, 1.0}'

const SCORE = {
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

/** A word in at least this share of documents (and this many) is common: it finds documents only by their names and summary. */
export const COMMON_SHARE = 0.25
export const COMMON_MIN_DOCUMENTS = 3
/** A word in this many documents is common, however large the index. */
export const COMMON_MAX_DOCUMENTS = 300
/**
 * A word in more than this share of documents, and at least this many, says little of any
 * one: it finds documents only by their names. On a smaller site every match is cheap to
 * rank, so no word is a filler there.
 */
export const FILLER_SHARE = 0.5
export const FILLER_MIN_DOCUMENTS = 1000
/**
 * Ranking reads each candidate's whole vector, which is slow for thousands of rows: they are
 * first ordered by their names and summary alone (lead_vector, which rarely disagrees), and
 * only this many more than the page needs are ranked in full.
 */
export const SHORTLIST_MARGIN = 15
/**
 * Results are the documents with every finding word; only when fewer than this many have
 * them all do documents with any of the words count too. The same for every page and page
 * size, so paging through results never changes which documents they are.
 */
export const EVERY_WORD_ENOUGH = 10

/** ts_rank's normalisation that divides by the document's length: among names, the shorter name that holds the words ranks first. */
export const NAME_LENGTH_NORMALISATION = 2

/** One of the constants above, written into the statement (they are ours, not a reader's). */
export const constant = (value: number | string): SQL => sql.raw(String(value))

/**
 * A row's score, for the words as weighed (`idfs`) and written as columns `w0`, `w1`… of `q`
 * (their tsqueries). Expects `d` (a search_documents row) and `q` in scope; `vector` is the
 * tsvector to rank (the whole one, or its lead); `phrase` is the normalised query.
 * `names: false` leaves out the name terms, for rows whose names cannot hold every word;
 * `closeNames: false` leaves out comparing names by trigrams, the costly part. Everything
 * that comes from the query is a parameter; only the number of words and the switches
 * shape the statement's text.
 */
export function scoreSql(
  phrase: string,
  vector: SQL,
  idfs: number[],
  { names = true, closeNames = true }: { names?: boolean; closeNames?: boolean } = {},
): SQL {
  const nameLike = phrase.split(' ').length <= SCORE.nameQueryWords ? sql`true` : sql`false`
  const totalIdf = idfs.reduce((sum, idf) => sum + idf, 0)
  const text = idfs.length
    ? sql.join(
        idfs.map(
          (idf, index) =>
            sql`${idf / totalIdf}::float8 * ts_rank(${constant(`'${WEIGHTS}'`)}::float4[], ${vector}, q.${sql.raw(`w${index}`)})`,
        ),
        sql` + `,
      )
    : sql`0`
  const nameTerms = sql`
    + case when ${phrase}::text = any(d.name_list) then ${constant(SCORE.exactName)} else 0 end
    + case when ${nameLike} and exists (select 1 from unnest(d.name_list) as name where name like ${phrase}::text || '%')
        then ${constant(SCORE.leadingName)} else 0 end
    + case when ${closeNames ? nameLike : sql`false`} and word_similarity(${phrase}::text, d.names) >= ${constant(SCORE.closeNameFrom)}
        then ${constant(SCORE.closeName)} * word_similarity(${phrase}::text, d.names) else 0 end`
  return sql`(
    ${constant(SCORE.text)} * (${text}) ${names ? nameTerms : sql``}
  ) * case when d.doc_type = 'use-case' then ${constant(SCORE.useCase)} else 1 end`
}
