// How common each query word is among published documents: the number of documents that
// have it (counted up to a cap, so a common word costs no more than a rare one) and the
// number of documents in all. Rare words find documents; every word ranks them, weighted
// by its inverse document frequency.
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { WordQuery } from './query/parseQuery'
import { COMMON_MIN_DOCUMENTS, COMMON_SHARE, constant, DOCUMENT_COUNT_CAP } from './ranking'
import type { SearchDb } from './searchDb'

export type WeighedWord = WordQuery & { idf: number; rare: boolean }

export async function weighWords(db: SearchDb, queries: WordQuery[]): Promise<WeighedWord[]> {
  if (queries.length === 0) return []
  const { rows } = await db.execute<{ index: number; df: number; n: number }>(sql`
    with total as materialized (
      select case when c.reltuples >= 1000 then c.reltuples else (select count(*) from search_documents) end as n
      from pg_class c where c.oid = 'search_documents'::regclass
    )
    select w.index::int, (
      select count(*) from (
        select 1 from search_documents s
        where s.vector @@ to_tsquery('english', w.query) limit ${constant(DOCUMENT_COUNT_CAP)}
      ) found
    )::int as df, total.n::float8 as n
    from unnest(${sql.param(queries.map((query) => query.anywhere))}::text[]) with ordinality as w(query, index), total
    where numnode(to_tsquery('english', w.query)) > 0`)
  return rows
    .filter((row) => row.df > 0)
    .map((row) => {
      const common = Math.min(DOCUMENT_COUNT_CAP, Math.max(COMMON_MIN_DOCUMENTS, row.n * COMMON_SHARE))
      return { ...queries[row.index - 1], idf: Math.log((row.n + 1) / (row.df + 0.5)), rare: row.df < common }
    })
}
