// What the search page offers before a query: the published concepts that most others
// build on (list as a prerequisite or a related concept), the usual first steps.
// Groundwork does not track readers, so "most read" is judged by how the concepts link.
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Difficulty } from '@/vocabulary/difficulty'
import type { SearchDb } from './searchDb'

export type StartingPoint = {
  id: number
  title: string
  slug: string
  summary: string
  difficulty: Difficulty | null
  category: { name: string; slug: string } | null
}

export async function listStartingPoints(db: SearchDb, limit = 6): Promise<StartingPoint[]> {
  const { rows } = await db.execute<StartingPoint>(sql`
    select d.doc_id as id, d.title, d.slug, d.summary, d.difficulty,
      case when c.id is null then null else json_build_object('name', c.name, 'slug', c.slug) end as category
    from search_documents d
    left join categories c on c.id = d.category_id
    left join lateral (
      select count(*) as n from concepts_rels r
      join search_documents other on other.doc_type = 'concept' and other.doc_id = r.parent_id
      where r.concepts_id = d.doc_id and r.path in ('prerequisites', 'related')
    ) refs on true
    where d.doc_type = 'concept'
    order by refs.n desc, d.title
    limit ${limit}::int`)
  return rows
}
