// The search index checked against itself: how many published documents each word is
// counted in (search_lexemes, kept as documents change) against the documents' own words.
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { searchDb } from '@/search/searchDb'

export type Miscount = { lexeme: string; counted: number | null; actual: number | null }

/** Every word whose count differs from the number of documents that have it: none when the index is right. */
export async function miscountedWords(payload: Payload): Promise<Miscount[]> {
  const { rows } = await searchDb(payload).execute<Miscount>(sql`
    select lexeme, l.documents as counted, actual.documents as actual
    from search_lexemes l
    full join (
      select lexeme, count(*)::int as documents
      from search_documents, unnest(tsvector_to_array(vector)) as lexeme
      group by lexeme
    ) actual using (lexeme)
    where l.documents is distinct from actual.documents
    order by lexeme`)
  return rows
}
