// Which images the published text of concepts, use cases and FAQs shows (kept in
// shown_images by ./shownImages.ts): what readers may see of the media collection
// (src/access/publishedMedia.ts), and what deleting an image would take off live pages
// (collections/Media.ts).
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { SearchDb } from '@/search/searchDb'
import { SHOWING_DOCUMENTS, type ShowingKind } from './shownImages'

/** The ids of the images that published text shows. */
export async function publishedImageIds(db: SearchDb): Promise<number[]> {
  const { rows } = await db.execute<{ id: number }>(sql`select distinct media_id as id from shown_images order by 1`)
  return rows.map((row) => Number(row.id))
}

export type ShownIn = { kind: ShowingKind; title: string }

/** The published documents whose text shows the image: concepts, then use cases, then FAQs, each by title. */
export async function publishedTextsShowing(db: SearchDb, imageId: number): Promise<ShownIn[]> {
  const showing = Object.entries(SHOWING_DOCUMENTS).map(
    ([docType, { table, title, kind }], rank) => sql`
      select ${rank}::int as rank, ${kind}::text as kind, d.${title} as title
      from shown_images s join ${table} d on d.id = s.doc_id
      where s.doc_type = ${docType} and s.media_id = ${imageId}`,
  )
  const { rows } = await db.execute<ShownIn>(sql`
    select kind, title from (${sql.join(showing, sql` union all `)}) shown
    group by rank, kind, title
    order by rank, title`)
  return rows
}
