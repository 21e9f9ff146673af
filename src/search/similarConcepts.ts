// "Similar concepts", for a concept whose editors picked no related ones: the published
// concepts whose names and summaries share the most of its own rarest words (from its names
// and summary, leaving out those no other document has), weighted like search (a shared
// title word counts more than a shared summary word). Only the rarest words find
// candidates: a word most concepts have ("model", "use") would make this rank every
// concept, seconds at 10,000 of them.
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { SearchDb } from './searchDb'

export type SimilarConcept = { id: number; title: string; slug: string; summary: string }

/** How many of the concept's own words look for similar ones. */
const FINDING_WORDS = 8

export async function listSimilarConcepts(db: SearchDb, slug: string, limit = 4): Promise<SimilarConcept[]> {
  const { rows } = await db.execute<SimilarConcept>(sql`
    with own as materialized (
      select d.doc_id, (
        select to_tsquery('simple', string_agg(quote_literal(word.lexeme) || ':AB', ' | '))
        from (
          select own_word.lexeme from unnest(d.lead_vector) own_word
          join search_lexemes counted on counted.lexeme = own_word.lexeme
          where own_word.weights && array['A', 'B'] and counted.documents > 1
          order by counted.documents, own_word.lexeme
          limit ${FINDING_WORDS}::int
        ) word
      ) as query
      from search_documents d where d.doc_type = 'concept' and d.slug = ${slug}
    )
    select d.doc_id as id, d.title, d.slug, d.summary
    from search_documents d, own
    where d.doc_type = 'concept' and d.doc_id <> own.doc_id and d.lead_vector @@ own.query
    order by ts_rank('{0, 0, 0.4, 1}', d.lead_vector, own.query) desc, d.title
    limit ${limit}::int`)
  return rows
}
