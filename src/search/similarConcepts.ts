// "Similar concepts", for a concept whose editors picked no related ones: the published
// concepts whose names and summaries share the most of its own rarest words (from its names
// and summary, leaving out those no other document has), weighted like search (a shared
// title word counts more than a shared summary word). Only the rarest of those words find
// candidates, as many as together appear in a thousand documents (the rarest one always):
// ranking every concept that shares a common word ("model", "use") took seconds at 10,000
// concepts, and 30-50 ms even for the eight rarest words of a generated set. Every one of the
// eight words still ranks the candidates. The words are taken as the index stored them (a cast,
// not parsed again), so a hyphenated word stays one word.
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { SearchDb } from './searchDb'

export type SimilarConcept = { id: number; title: string; slug: string; summary: string }

/** How many of the concept's own words rank similar ones. */
const RANKING_WORDS = 8

type Options = {
  /** How many to offer. */
  limit?: number
  /** At most how many documents the words that find candidates appear in, past the rarest word. */
  candidates?: number
}

export async function listSimilarConcepts(
  db: SearchDb,
  slug: string,
  { limit = 4, candidates = 1_000 }: Options = {},
): Promise<SimilarConcept[]> {
  const { rows } = await db.execute<SimilarConcept>(sql`
    with rarest as (
      select own_word.lexeme, counted.documents, d.doc_id
      from search_documents d, unnest(d.lead_vector) own_word
      join search_lexemes counted on counted.lexeme = own_word.lexeme
      where d.doc_type = 'concept' and d.slug = ${slug}
        and own_word.weights && array['A', 'B'] and counted.documents > 1
      order by counted.documents, own_word.lexeme
      limit ${RANKING_WORDS}::int
    ), running as (
      select lexeme, doc_id,
        sum(documents) over (order by documents, lexeme) as found_through,
        row_number() over (order by documents, lexeme) as position
      from rarest
    ), own as materialized (
      select min(doc_id) as doc_id,
        (string_agg(quote_literal(lexeme) || ':AB', ' | ')
          filter (where position = 1 or found_through <= ${candidates}::int))::tsquery as finding,
        string_agg(quote_literal(lexeme) || ':AB', ' | ')::tsquery as ranking
      from running
    )
    select d.doc_id as id, d.title, d.slug, d.summary
    from search_documents d, own
    where d.doc_type = 'concept' and d.doc_id <> own.doc_id and d.lead_vector @@ own.finding
    order by ts_rank('{0, 0, 0.4, 1}', d.lead_vector, own.ranking) desc, d.title
    limit ${limit}::int`)
  return rows
}
