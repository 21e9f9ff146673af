// The published concepts a body may mention, with the names it may mention them by
// (title and aliases, as editors wrote them) and what a preview card shows.
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Difficulty } from '@/vocabulary/difficulty'
import type { SearchDb } from '../searchDb'

export type MentionTarget = {
  slug: string
  title: string
  names: string[]
  summary: string
  category: string | null
  difficulty: Difficulty | null
}

export async function listMentionTargets(db: SearchDb): Promise<MentionTarget[]> {
  const { rows } = await db.execute<MentionTarget>(sql`
    select d.slug, d.title, d.summary, d.difficulty, c.name as category,
      array[d.title] || coalesce((
        select array_agg(t.text order by t."order") from concepts_texts t
        where t.parent_id = d.doc_id and t.path = 'aliases' and t.text is not null
      ), '{}') as names
    from search_documents d left join categories c on c.id = d.category_id
    where d.doc_type = 'concept'
    order by d.title`)
  return rows
}
