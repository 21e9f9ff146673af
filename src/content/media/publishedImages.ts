// Which images the published text of concepts, use cases and FAQs shows: what readers may see
// of the media collection (src/access/publishedMedia.ts), and what deleting an image would
// take off live pages (collections/Media.ts).
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { SearchDb } from '@/search/searchDb'

/** Every upload node of a rich-text document, at any depth: what it points at. */
const UPLOAD_VALUES = 'strict $.**?(@.type == "upload" && @.relationTo == "media").value'

/**
 * One row per image shown by a published document: the image's id as text (a node's value is
 * an id, or a document when populated), with the document's kind and title.
 */
const shownImages = (): SQL => sql`
  shown as (
    select 'concept' as kind, title, jsonb_path_query(body, ${UPLOAD_VALUES}) as value from concepts
      where _status = 'published' and body is not null
    union all
    select 'use case', title, jsonb_path_query(body, ${UPLOAD_VALUES}) from use_cases
      where _status = 'published' and body is not null
    union all
    select 'FAQ', question, jsonb_path_query(answer, ${UPLOAD_VALUES}) from faqs
      where _status = 'published' and answer is not null
  ),
  images as (
    select kind, title, case jsonb_typeof(value) when 'object' then value ->> 'id' else value #>> '{}' end as id
      from shown
  )`

/** The ids of the images that published text shows. */
export async function publishedImageIds(db: SearchDb): Promise<number[]> {
  const { rows } = await db.execute<{ id: number }>(sql`
    with ${shownImages()}
    select distinct id::integer as id from images where id ~ '^[0-9]{1,9}$' order by 1`)
  return rows.map((row) => Number(row.id))
}

export type ShownIn = { kind: 'concept' | 'use case' | 'FAQ'; title: string }

/** The published documents whose text shows the image: concepts, then use cases, then FAQs, each by title. */
export async function publishedTextsShowing(db: SearchDb, imageId: number): Promise<ShownIn[]> {
  const { rows } = await db.execute<ShownIn>(sql`
    with ${shownImages()}
    select kind, title from images where id = ${String(imageId)}
      group by kind, title
      order by case kind when 'concept' then 1 when 'use case' then 2 else 3 end, title`)
  return rows
}
