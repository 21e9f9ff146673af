// How many published documents each search filter holds before any query: what the search
// form's filters count while nothing has been searched yet.
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { SearchOutcome } from './runSearch'
import type { SearchDb } from './searchDb'

export type Facets = SearchOutcome['facets']

export async function listFacetTotals(db: SearchDb): Promise<Facets> {
  const { rows } = await db.execute<Facets>(sql`
    select
      coalesce((select json_agg(json_build_object('value', c.slug, 'count', n) order by c."order", c.name) from (
        select category_id, count(*)::int as n from search_documents where category_id is not null group by category_id
      ) f join categories c on c.id = f.category_id), '[]') as category,
      coalesce((select json_agg(json_build_object('value', difficulty, 'count', n)) from (
        select difficulty, count(*)::int as n from search_documents where difficulty is not null group by difficulty
      ) f), '[]') as difficulty,
      coalesce((select json_agg(json_build_object('value', doc_type, 'count', n)) from (
        select doc_type, count(*)::int as n from search_documents group by doc_type
      ) f), '[]') as type`)
  return rows[0]
}
