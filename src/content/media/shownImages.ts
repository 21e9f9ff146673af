// Which images each published concept, use case and FAQ shows, one row per document and
// image in `shown_images`: what readers may see of the media collection and what deleting an
// image would take off live pages are read from it, not from every published text. Written
// by the documents' hooks inside the write's transaction, from the main tables, which hold a
// document's published version (a draft edit of a live document waits in its versions table).
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { SearchDb } from '@/search/searchDb'
import { selected, type Selection } from '@/search/indexing/selection'

export type ShowingDocType = 'concept' | 'use-case' | 'faq'

/** What readers call each kind of document, in messages. */
export type ShowingKind = 'concept' | 'use case' | 'FAQ'

/** Where each kind of document keeps its rich text and its title, and what readers call it; in the order messages name them. */
export const SHOWING_DOCUMENTS: Record<ShowingDocType, { table: SQL; text: SQL; title: SQL; kind: ShowingKind }> = {
  concept: { table: sql`concepts`, text: sql`body`, title: sql`title`, kind: 'concept' },
  'use-case': { table: sql`use_cases`, text: sql`body`, title: sql`title`, kind: 'use case' },
  faq: { table: sql`faqs`, text: sql`answer`, title: sql`question`, kind: 'FAQ' },
}

/** Every upload node of a rich-text document, at any depth: what it points at. */
const UPLOAD_VALUES = 'strict $.**?(@.type == "upload" && @.relationTo == "media").value'

/** Writes again the rows of the selected documents: none for one that is not published, or no longer exists. */
export async function refreshShownImages(db: SearchDb, docType: ShowingDocType, selection: Selection): Promise<void> {
  if (Array.isArray(selection) && selection.length === 0) return
  const { table, text } = SHOWING_DOCUMENTS[docType]
  await db.execute(sql`delete from shown_images where doc_type = ${docType} and ${selected(sql`doc_id`, selection)}`)
  // A node's value is an image's id, or the image itself when a client sent it populated.
  await db.execute(sql`
    insert into shown_images (doc_type, doc_id, media_id)
    select distinct ${docType}, d.id, image.id::integer
    from ${table} d,
      jsonb_path_query(d.${text}, ${UPLOAD_VALUES}) as node(value),
      lateral (select case jsonb_typeof(node.value) when 'object' then node.value ->> 'id' else node.value #>> '{}' end as id) image
    where d._status = 'published' and d.${text} is not null and ${selected(sql`d.id`, selection)}
      and image.id ~ '^[0-9]{1,9}$'
    on conflict do nothing`)
}

/** Every row written again from what is published: after the migration that adds the table, and after a bulk load. */
export async function rebuildShownImages(db: SearchDb): Promise<void> {
  for (const docType of Object.keys(SHOWING_DOCUMENTS) as ShowingDocType[]) await refreshShownImages(db, docType, 'all')
}
