// The SQL of one search, for words already weighed (wordStatistics.ts): the documents that
// match (a rare word anywhere, or with only common words, any word in the names or summary;
// or a name close to the query), their counts per filter, a shortlist, its full ranking, and
// the page of results with snippets. The shortlist is what keeps thousands of matches
// cheap: documents with every finding word come first, ordered by names and summary alone
// (lead_vector, small and stored inline); only when they are too few for the page are the
// rest ordered too. Ranking the shortlist reads each document's whole vector.
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { SearchRequest } from './query/searchRequest'
import { constant, scoreSql, SHORTLIST_MARGIN } from './ranking'
import { MARK_END, MARK_START } from './snippet'
import type { WeighedWord } from './wordStatistics'

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=32, MinWords=16, ShortWord=2, MaxFragments=1`

const anyOf = (queries: string[]) => queries.map((query) => `(${query})`).join(' | ')
const allOf = (queries: string[]) => queries.map((query) => `(${query})`).join(' & ')

function filters(request: SearchRequest) {
  return {
    type: request.type ? sql`d.doc_type = ${request.type}` : sql`true`,
    category: request.category
      ? sql`d.category_id = (select id from categories where slug = ${request.category})`
      : sql`true`,
    difficulty: request.difficulty ? sql`d.difficulty = ${request.difficulty}` : sql`true`,
  }
}

/** Which column finds documents, and with which words: rare words anywhere, else any word in the lead. */
function finding(words: WeighedWord[]) {
  const rare = words.filter((word) => word.rare)
  if (rare.length > 0) return { column: sql`vector`, queries: rare.map((word) => word.anywhere) }
  return { column: sql`lead_vector`, queries: words.map((word) => word.anywhere) }
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
  const needed = offset + request.limit + SHORTLIST_MARGIN
  const find = finding(words)
  const wordColumns = words.map(
    (word, index) => sql`to_tsquery('english', ${word.anywhere}) as ${sql.raw(`w${index}`)}`,
  )
  const idfs = words.map((word) => word.idf)
  const filtered = sql`${where.type} and ${where.category} and ${where.difficulty}`
  const leadScore = scoreSql(phrase, sql`d.lead_vector`, idfs, { closeNames: false })
  return sql`
    with q as materialized (
      select to_tsquery('english', ${anyOf(find.queries)}) as find,
        to_tsquery('english', ${allOf(find.queries)}) as every,
        to_tsquery('english', ${anyOf(words.map((word) => word.anywhere))}) as highlight
        ${wordColumns.length ? sql`, ${sql.join(wordColumns, sql`, `)}` : sql``}
    ),
    matched as materialized (
      select d.id, d.doc_type, d.category_id, d.difficulty from search_documents d, q where d.${find.column} @@ q.find
      union all
      select d.id, d.doc_type, d.category_id, d.difficulty from search_documents d, q
      where ${closeNames ? sql`true` : sql`false`} and d.names %> ${phrase} and not d.${find.column} @@ q.find
    ),
    with_every as (select d.id from search_documents d, q where d.${find.column} @@ q.every),
    first_choice as (
      select d.id, d.title from search_documents d, q
      where d.id in (select id from with_every) and ${filtered}
      order by ${leadScore} desc, d.title limit ${constant(needed)}
    ),
    second_choice as (
      select d.id, d.title from matched m join search_documents d on d.id = m.id, q
      where (select count(*) from first_choice) < ${constant(needed)}
        and m.id not in (select id from with_every) and ${filtered}
      order by ${leadScore} desc, d.title limit ${constant(needed)}
    ),
    page as (
      select d.id, d.title, ${scoreSql(phrase, sql`d.vector`, idfs)} as score
      from (select id from first_choice union all select id from second_choice) s
      join search_documents d on d.id = s.id, q
      order by score desc, d.title limit ${constant(request.limit)} offset ${constant(offset)}
    ),
    counts as materialized (
      select doc_type, category_id, difficulty, count(*)::int as n from matched group by 1, 2, 3
    )
    select
      (select coalesce(sum(n), 0)::int from counts d where ${filtered}) as total,
      (select json_agg(json_build_object(
          'id', d.doc_id, 'type', d.doc_type, 'title', d.title, 'slug', d.slug, 'summary', d.summary,
          'snippet', coalesce(ts_headline('english', d.content, q.highlight, ${HEADLINE_OPTIONS}), d.summary),
          'category', case when c.id is null then null else json_build_object('name', c.name, 'slug', c.slug) end,
          'difficulty', d.difficulty, 'score', round(p.score::numeric, 4)
        ) order by p.score desc, p.title)
        from page p join search_documents d on d.id = p.id left join categories c on c.id = d.category_id, q
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

/** The title closest to a query that found nothing, if any is close enough to suggest. */
export function nearestTitleStatement(phrase: string): SQL {
  return sql`
    select title from search_documents
    where word_similarity(${phrase}, names) >= 0.3
    order by word_similarity(${phrase}, names) desc, title limit 1`
}
