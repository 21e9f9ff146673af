// Counts over the search index, which holds exactly the published concepts and use cases a
// reader can see: what page lists need to know about the whole collection (where each letter
// starts, how many concepts each category holds) in one query, whatever its size.
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { ConceptFilters } from '@/content/conceptFilters'
import { payloadClient } from '@/content/payloadClient'
import { searchDb } from '@/search/searchDb'

/** A letter of the A–Z index ("#" for titles that start with anything else) and the 1-based position of its first concept. */
export type LetterStart = { letter: string; position: number }

/** Where each initial starts in the title order the index pages use, for the filtered set. */
export async function listLetterStarts(filters: Partial<ConceptFilters>): Promise<LetterStart[]> {
  const db = searchDb(await payloadClient())
  const { rows } = await db.execute<LetterStart>(sql`
    select letter, min(position)::int as position from (
      select
        case when ascii(upper(left(d.title, 1))) between 65 and 90 then upper(left(d.title, 1)) else '#' end as letter,
        row_number() over (order by d.title, d.doc_id) as position
      from search_documents d
      left join categories c on c.id = d.category_id
      where d.doc_type = 'concept'
        and (${filters.category ?? null}::text is null or c.slug = ${filters.category ?? null})
        and (${filters.difficulty ?? null}::text is null or d.difficulty = ${filters.difficulty ?? null})
    ) ordered
    group by letter
    order by min(position)`)
  return rows
}

/** How many published concepts each category holds, by category id. */
export async function countConceptsByCategory(): Promise<Map<number, number>> {
  const db = searchDb(await payloadClient())
  const { rows } = await db.execute<{ category: number; concepts: number }>(sql`
    select category_id as category, count(*)::int as concepts
    from search_documents
    where doc_type = 'concept' and category_id is not null
    group by category_id`)
  return new Map(rows.map((row) => [row.category, row.concepts]))
}
