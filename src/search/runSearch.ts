// Runs a search: corrects misspelt words, finds published concepts and use cases whose
// text or names match, ranks them, counts them per category, difficulty and type, and
// cuts a snippet from each result on the page. One round trip after the corrections.
import { sql } from '@payloadcms/db-postgres/drizzle'
import { conceptPath, useCasePath } from '@/routes'
import type { Difficulty } from '@/vocabulary/difficulty'
import { correctedText, findCorrections } from './query/corrections'
import { MIN_QUERY_LENGTH, parseQuery, withCorrections, wordQueries } from './query/parseQuery'
import type { SearchRequest, SearchType } from './query/searchRequest'
import { COMMON_MIN_DOCUMENTS, COMMON_SHARE, constant, DOCUMENT_COUNT_CAP, rankingSql } from './ranking'
import { MARK_END, MARK_START } from './snippet'
import type { SearchDb } from './searchDb'

export type SearchHit = {
  id: number
  type: SearchType
  title: string
  slug: string
  url: string
  summary: string
  /** A passage with the matched words between MARK_START and MARK_END (see snippet.ts). */
  snippet: string
  category: { name: string; slug: string } | null
  difficulty: Difficulty | null
  score: number
}

export type FacetCount<T extends string = string> = { value: T; count: number }

export type SearchOutcome = {
  /** The query as searched: normalised words. Empty when it was too short to search. */
  query: string
  results: SearchHit[]
  total: number
  page: number
  limit: number
  /** The query with misspelt words corrected, or the nearest title when nothing matched. */
  didYouMean: string | null
  facets: { category: FacetCount[]; difficulty: FacetCount<Difficulty>[]; type: FacetCount<SearchType>[] }
}

type Row = {
  total: number
  hits: Omit<SearchHit, 'url'>[] | null
  categories: FacetCount[] | null
  difficulties: FacetCount<Difficulty>[] | null
  types: FacetCount<SearchType>[] | null
  nearest: string | null
}

/** Names closer than this to the query are candidates even when no word matches. */
const NAME_CANDIDATE_SIMILARITY = 0.45
/** A title suggested when nothing matched must be at least this close. */
const SUGGESTION_SIMILARITY = 0.3
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=32, MinWords=16, ShortWord=2, MaxFragments=1`

export function emptyOutcome(request: SearchRequest): SearchOutcome {
  const facets = { category: [], difficulty: [], type: [] }
  return { query: '', results: [], total: 0, page: request.page, limit: request.limit, didYouMean: null, facets }
}

export async function runSearch(db: SearchDb, request: SearchRequest): Promise<SearchOutcome> {
  const parsed = parseQuery(request.q)
  if (parsed.text.length < MIN_QUERY_LENGTH) return emptyOutcome(request)
  const corrections = await findCorrections(db, parsed)
  const queries = wordQueries(withCorrections(parsed, corrections))
  const phrase = parsed.text
  const typeFilter = request.type ? sql`d.doc_type = ${request.type}` : sql`true`
  const categoryFilter = request.category
    ? sql`d.category_id = (select id from categories where slug = ${request.category})`
    : sql`true`
  const difficultyFilter = request.difficulty ? sql`d.difficulty = ${request.difficulty}` : sql`true`
  const { rows } = await db.execute<Row>(sql`
    with words as materialized (
      select w.anywhere, w.in_names, to_tsquery('english', w.anywhere) as query
      from unnest(${sql.param(queries.map((query) => query.anywhere))}::text[],
        ${sql.param(queries.map((query) => query.inNames))}::text[]) as w(anywhere, in_names)
      where numnode(to_tsquery('english', w.anywhere)) > 0
    ),
    counted_words as materialized (
      select w.*, (select count(*) from (
        select 1 from search_documents s where s.vector @@ w.query limit ${constant(DOCUMENT_COUNT_CAP)}) found)::float8 as df
      from words w
    ),
    stats as materialized (select count(*)::float8 as n from search_documents),
    ranked_words as materialized (
      select w.*, ln((s.n + 1) / (w.df + 0.5)) as idf,
        w.df < greatest(${constant(COMMON_MIN_DOCUMENTS)}, s.n * ${constant(COMMON_SHARE)}) as rare
      from counted_words w, stats s where w.df > 0
    ),
    q as materialized (
      select coalesce(
          (select to_tsquery('english', string_agg('(' || anywhere || ')', ' | ')) from ranked_words where rare),
          (select to_tsquery('english', string_agg('(' || in_names || ')', ' | ')) from ranked_words)
        ) as query,
        (select to_tsquery('english', string_agg('(' || anywhere || ')', ' | ')) from words) as highlight
    ),
    near_names as (
      select id from search_documents order by names <->> ${phrase} limit 20
    ),
    matched as (
      select d.id, d.doc_type, d.category_id, d.difficulty, d.title, ${rankingSql(phrase)} as score
      from search_documents d, q
      where (d.vector @@ q.query
        or (d.id in (select id from near_names) and word_similarity(${phrase}, d.names) >= ${NAME_CANDIDATE_SIMILARITY}::float8))
    ),
    results as (
      select * from matched d where ${typeFilter} and ${categoryFilter} and ${difficultyFilter}
    ),
    page as (
      select * from results order by score desc, title limit ${request.limit}::int offset ${(request.page - 1) * request.limit}::int
    )
    select
      (select count(*)::int from results) as total,
      (select json_agg(json_build_object(
          'id', d.doc_id, 'type', d.doc_type, 'title', d.title, 'slug', d.slug, 'summary', d.summary,
          'snippet', coalesce(ts_headline('english', d.content, q.highlight, ${HEADLINE_OPTIONS}), d.summary),
          'category', case when c.id is null then null else json_build_object('name', c.name, 'slug', c.slug) end,
          'difficulty', d.difficulty, 'score', round(p.score::numeric, 4)
        ) order by p.score desc, p.title)
        from page p join search_documents d on d.id = p.id left join categories c on c.id = d.category_id, q
      ) as hits,
      (select json_agg(json_build_object('value', c.slug, 'count', n) order by c."order", c.name) from (
        select category_id, count(*)::int as n from matched d
        where ${typeFilter} and ${difficultyFilter} and category_id is not null group by category_id
      ) f join categories c on c.id = f.category_id) as categories,
      (select json_agg(json_build_object('value', difficulty, 'count', n)) from (
        select difficulty, count(*)::int as n from matched d
        where ${typeFilter} and ${categoryFilter} and difficulty is not null group by difficulty
      ) f) as difficulties,
      (select json_agg(json_build_object('value', doc_type, 'count', n)) from (
        select doc_type, count(*)::int as n from matched d where ${categoryFilter} and ${difficultyFilter} group by doc_type
      ) f) as types,
      (select d.title from search_documents d
        where word_similarity(${phrase}, d.names) >= ${SUGGESTION_SIMILARITY}::float8
        order by d.names <->> ${phrase} limit 1) as nearest`)
  const row = rows[0]
  const hits = (row.hits ?? []).map((hit) => ({
    ...hit,
    score: Number(hit.score),
    url: hit.type === 'concept' ? conceptPath(hit.slug) : useCasePath(hit.slug),
  }))
  const corrected = correctedText(parsed, corrections)
  return {
    query: phrase,
    results: hits,
    total: row.total,
    page: request.page,
    limit: request.limit,
    didYouMean: corrected ?? (row.total === 0 && row.nearest ? row.nearest : null),
    facets: { category: row.categories ?? [], difficulty: row.difficulties ?? [], type: row.types ?? [] },
  }
}
