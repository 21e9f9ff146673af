// "Similar concepts", for a concept whose editors picked no related ones: the published
// concepts whose names and summaries share the most words with its names and summary,
// weighted like search (a shared title word counts more than a shared summary word).
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { SearchDb } from './searchDb'

export type SimilarConcept = { id: number; title: string; slug: string; summary: string }

export async function listSimilarConcepts(db: SearchDb, slug: string, limit = 4): Promise<SimilarConcept[]> {
  const { rows } = await db.execute<SimilarConcept>(sql`
    with own as (
      select d.doc_id, (
        select to_tsquery('simple', string_agg(quote_literal(lexeme) || ':AB', ' | '))
        from unnest(d.vector) where weights && array['A', 'B']
      ) as query
      from search_documents d where d.doc_type = 'concept' and d.slug = ${slug}
    )
    select d.doc_id as id, d.title, d.slug, d.summary
    from search_documents d, own
    where d.doc_type = 'concept' and d.doc_id <> own.doc_id and d.vector @@ own.query
    order by ts_rank('{0, 0, 0.4, 1}', d.vector, own.query) desc, d.title
    limit ${limit}::int`)
  return rows
}
