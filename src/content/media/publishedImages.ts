// Which images the published text of concepts, use cases and FAQs shows (kept in
// shown_images by ./shownImages.ts): what readers may see of the media collection
// (src/access/publishedMedia.ts), and what deleting an image would take off live pages
// (collections/Media.ts).
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { SearchDb } from '@/search/searchDb'

/** The ids of the images that published text shows. */
export async function publishedImageIds(db: SearchDb): Promise<number[]> {
  const { rows } = await db.execute<{ id: number }>(sql`select distinct media_id as id from shown_images order by 1`)
  return rows.map((row) => Number(row.id))
}

export type ShownIn = { kind: 'concept' | 'use case' | 'FAQ'; title: string }

/** The published documents whose text shows the image: concepts, then use cases, then FAQs, each by title. */
export async function publishedTextsShowing(db: SearchDb, imageId: number): Promise<ShownIn[]> {
  const { rows } = await db.execute<ShownIn>(sql`
    select kind, title from (
      select 1 as rank, 'concept' as kind, c.title from shown_images s join concepts c on c.id = s.doc_id
        where s.doc_type = 'concept' and s.media_id = ${imageId}
      union all
      select 2, 'use case', u.title from shown_images s join use_cases u on u.id = s.doc_id
        where s.doc_type = 'use-case' and s.media_id = ${imageId}
      union all
      select 3, 'FAQ', f.question from shown_images s join faqs f on f.id = s.doc_id
        where s.doc_type = 'faq' and s.media_id = ${imageId}
    ) shown
    group by rank, kind, title
    order by rank, title`)
  return rows
}
