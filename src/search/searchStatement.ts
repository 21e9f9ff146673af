// The SQL of one search, for words already weighed (wordStatistics.ts): the documents that
// match, their counts per filter, a shortlist, its full ranking, and the page of results
// with snippets.
//
// The finding words are the rarest kind the query has: rare words find documents anywhere;
// without them, common words find in names and summaries; with only fillers (words in most
// documents of a large site), names must hold every one of them. Matches come in levels:
// every finding word in the names, every finding word where it may be found, any of them
// (and names close to the query). A level counts only while the ones before it hold too
// few documents; for common words, names alone may already be enough, so a word in
// thousands of summaries costs no more than the titles that have it.
// The shortlist orders the first level by how much of a name the words are, the others by
// names and summary alone (lead_vector, small and stored inline); only the shortlist is
// ranked on its whole vector. A snippet is cut from the result's first passage with a
// query word (one long enough to read).
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { SearchRequest } from './query/searchRequest'
import { constant, EVERY_WORD_ENOUGH, NAME_LENGTH_NORMALISATION, scoreSql, SHORTLIST_MARGIN } from './ranking'
import { MARK_END, MARK_START } from './snippet'
import { withEllipses } from './snippetEllipses'
import type { Commonness, WeighedWord } from './wordStatistics'

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=32, MinWords=16, ShortWord=2, MaxFragments=1`

/**
 * A passage shorter than this (a linked concept's title at the end of a use case, say)
 * is a snippet only when no longer one matches, and then with the passage before it.
 */
const SHORT_PASSAGE = 80

const anyOf = (queries: string[]) => queries.map((query) => `(${query})`).join(' | ')
const allOf = (queries: string[]) => queries.map((query) => `(${query})`).join(' & ')

/** The filters as parameters: a filter not asked for is null and keeps every row. */
function filters(request: SearchRequest) {
  const type = request.type ?? null
  const category = request.category ?? null
  const difficulty = request.difficulty ?? null
  return {
    type: sql`(${type}::text is null or d.doc_type = ${type}::text)`,
    category: sql`(${category}::text is null or d.category_id = (select id from categories where slug = ${category}::text))`,
    difficulty: sql`(${difficulty}::text is null or d.difficulty = ${difficulty}::text)`,
  }
}

type Finding = {
  /** Where the finding words find documents beyond names; none when they are all fillers. */
  column: 'vector' | 'lead_vector' | null
  words: WeighedWord[]
}

/** Which words find documents, and where: the rarest kind the query has. */
function finding(words: WeighedWord[]): Finding {
  const ofKind = (commonness: Commonness) => words.filter((word) => word.commonness === commonness)
  const rare = ofKind('rare')
  if (rare.length > 0) return { column: 'vector', words: rare }
  const common = ofKind('common')
  if (common.length > 0) return { column: 'lead_vector', words: common }
  return { column: null, words }
}

/** A level that holds nothing, in the shape of the others. */
const noRows = (columns: SQL, tier: number) =>
  sql`select ${columns}, ${sql.raw(String(tier))} as tier, 0::float8 as lead_score from search_documents d where false`

/** Documents with every finding word beyond their names: always for rare words, else only when names hold too few. */
function withEverySql(find: Finding, columns: SQL, score: SQL): SQL {
  if (!find.column) return noRows(columns, 2)
  const namesSuffice = find.column === 'lead_vector'
  return sql`
    select ${columns}, 2 as tier, ${score} as lead_score from search_documents d, q
    where ${namesSuffice ? sql`(select count(*) from in_names) < ${constant(EVERY_WORD_ENOUGH)} and` : sql``}
      ${sql.raw(`d.${find.column}`)} @@ q.every and not d.names_vector @@ q.every`
}

/** When too few have every word: documents with any finding word (fillers excepted), and names close to the query. */
function withSomeSql(find: Finding, columns: SQL, score: SQL, phrase: string, closeNames: boolean): SQL {
  const tooFew = sql`(select count(*) from in_names) + (select count(*) from with_every) < ${constant(EVERY_WORD_ENOUGH)}`
  const column = find.column && sql.raw(`d.${find.column}`)
  const found = column ? sql`${column} @@ q.find` : sql`d.names_vector @@ q.every`
  const parts = [
    column
      ? sql`select ${columns}, 3 as tier, ${score} as lead_score from search_documents d, q
          where ${tooFew} and ${found} and not ${column} @@ q.every`
      : noRows(columns, 3),
    ...(closeNames
      ? [
          sql`select ${columns}, 3, ${score} from search_documents d, q
            where ${tooFew} and d.names %> ${phrase}::text and not ${found}`,
        ]
      : []),
  ]
  return sql.join(parts, sql` union all `)
}

/**
 * `closeNames`: whether names close to the query (by trigrams) are matches too, which costs
 * a trigram comparison per similar name: when a word was misspelt, or no word matched.
 */
export function searchStatement(
  phrase: string,
  words: WeighedWord[],
  request: SearchRequest,
  { closeNames }: { closeNames: boolean },
): SQL {
  const where = filters(request)
  const offset = (request.page - 1) * request.limit
  const find = finding(words)
  const wordColumns = words.map(
    (word, index) => sql`, to_tsquery('english', ${word.anywhere}::text) as ${sql.raw(`w${index}`)}`,
  )
  const idfs = words.map((word) => word.idf)
  const filtered = sql`${where.type} and ${where.category} and ${where.difficulty}`
  const matchColumns = sql`d.id, d.doc_type, d.category_id, d.difficulty, d.title`
  // How each level orders its rows for the shortlist: the first, whose names hold every
  // word, by how much of a name the words are (a name that is just the query comes first);
  // the others by their lead's text.
  const leadText = scoreSql(phrase, sql`d.lead_vector`, idfs, { names: false })
  return sql`
    with q as materialized (
      select to_tsquery('english', ${anyOf(find.words.map((word) => word.anywhere))}::text) as find,
        to_tsquery('english', ${allOf(find.words.map((word) => word.anywhere))}::text) as every,
        to_tsquery('english', ${anyOf(words.map((word) => word.anywhere))}::text) as highlight
        ${sql.join(wordColumns, sql``)}
    ),
    in_names as materialized (
      select ${matchColumns}, 1 as tier, ts_rank(d.names_vector, q.highlight, ${constant(NAME_LENGTH_NORMALISATION)}) as lead_score
      from search_documents d, q where d.names_vector @@ q.every
    ),
    with_every as materialized (${withEverySql(find, matchColumns, leadText)}),
    with_some as materialized (${withSomeSql(find, matchColumns, leadText, phrase, closeNames)}),
    matched as (select * from in_names union all select * from with_every union all select * from with_some),
    shortlist as (
      select d.id from matched d where ${filtered}
      order by d.tier, d.lead_score desc, d.title limit ${offset + request.limit + SHORTLIST_MARGIN}::int
    ),
    page as (
      select d.id, d.title, ${scoreSql(phrase, sql`d.vector`, idfs)} as score
      from shortlist s join search_documents d on d.id = s.id, q
      order by score desc, d.title limit ${request.limit}::int offset ${offset}::int
    ),
    counts as materialized (
      select doc_type, category_id, difficulty, count(*)::int as n from matched group by 1, 2, 3
    )
    select
      (select coalesce(sum(n), 0)::int from counts d where ${filtered}) as total,
      (select json_agg(json_build_object(
          'id', d.doc_id, 'type', d.doc_type, 'title', d.title, 'slug', d.slug, 'summary', d.summary,
          'snippet', coalesce(passage.snippet, d.summary),
          'category', case when c.id is null then null else json_build_object('name', c.name, 'slug', c.slug) end,
          'difficulty', d.difficulty, 'score', round(p.score::numeric, 4)
        ) order by p.score desc, p.title)
        from page p join search_documents d on d.id = p.id left join categories c on c.id = d.category_id cross join q
        left join lateral (
          select ${withEllipses(sql`ts_headline('english', source.text, q.highlight, ${HEADLINE_OPTIONS}::text)`, sql`source.text`)} as snippet
          from search_passages x, lateral (
            select concat_ws(' ', (
              select y.text from search_passages y
              where y.document_id = x.document_id and y.position < x.position and length(x.text) < ${constant(SHORT_PASSAGE)}
              order by y.position desc limit 1
            ), x.text) as text
          ) source
          where x.document_id = d.id and x.vector @@ q.highlight
          order by length(x.text) < ${constant(SHORT_PASSAGE)}, x.position limit 1
        ) passage on true
      ) as hits,
      (select json_agg(json_build_object('value', c.slug, 'count', n) order by c."order", c.name) from (
        select category_id, sum(n)::int as n from counts d
        where ${where.type} and ${where.difficulty} and category_id is not null group by category_id
      ) f join categories c on c.id = f.category_id) as categories,
      (select json_agg(json_build_object('value', difficulty, 'count', n)) from (
        select difficulty, sum(n)::int as n from counts d
        where ${where.type} and ${where.category} and difficulty is not null group by difficulty
      ) f) as difficulties,
      (select json_agg(json_build_object('value', doc_type, 'count', n)) from (
        select doc_type, sum(n)::int as n from counts d where ${where.category} and ${where.difficulty} group by doc_type
      ) f) as types`
}

/**
 * The title closest to a query that found nothing, if any is close enough to suggest: the
 * names a trigram index finds for `<%` (word similarity of at least pg_trgm's threshold, 0.6).
 */
export function nearestTitleStatement(phrase: string): SQL {
  return sql`
    select title from search_documents
    where ${phrase}::text <% names
    order by word_similarity(${phrase}::text, names) desc, title limit 1`
}
