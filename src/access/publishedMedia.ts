// Images are uploaded before the text that shows them is reviewed, so an upload is not public
// by itself: readers (and the API, and the files under /api/media/file) see an image only
// while the published text of a concept, a use case or an FAQ shows it. Staff see every one.
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Access, Payload } from 'payload'
import { canEdit } from './capabilities'
import { keptUntilExpired } from '@/cache/keptUntilExpired'
import { CONCEPTS_TAG, MEDIA_TAG } from '@/content/cacheTags'
import { searchDb } from '@/search/searchDb'

/** Every upload node of a rich-text document, at any depth: what it points at. */
const UPLOAD_VALUES = 'strict $.**?(@.type == "upload" && @.relationTo == "media").value'

/** The ids of the images that published rich text shows (a node's value is an id, or a document when populated). */
export async function readPublishedMediaIds(payload: Payload): Promise<number[]> {
  const { rows } = await searchDb(payload).execute<{ id: number }>(sql`
    with shown as (
      select jsonb_path_query(body, ${UPLOAD_VALUES}) as value from concepts
        where _status = 'published' and body is not null
      union all
      select jsonb_path_query(body, ${UPLOAD_VALUES}) from use_cases
        where _status = 'published' and body is not null
      union all
      select jsonb_path_query(answer, ${UPLOAD_VALUES}) from faqs
        where _status = 'published' and answer is not null
    ),
    ids as (
      select case jsonb_typeof(value) when 'object' then value ->> 'id' else value #>> '{}' end as id from shown
    )
    select distinct id::integer as id from ids where id ~ '^[0-9]{1,9}$' order by 1`)
  return rows.map((row) => Number(row.id))
}

/**
 * Kept in memory until a publish, unpublish or published edit of any of those documents (each
 * expires the concepts tag) or a change to an image: the same clock as every cache here. A
 * process has one Payload, so the first request's is every request's.
 */
let keptIds: (() => Promise<number[]>) | undefined

function publishedMediaIds(payload: Payload): Promise<number[]> {
  keptIds ??= keptUntilExpired([CONCEPTS_TAG, MEDIA_TAG], () => readPublishedMediaIds(payload))
  return keptIds()
}

/** Staff read every image; everyone else the images published text shows. */
export const publishedMediaOrStaff: Access = async ({ req }) =>
  canEdit(req.user) ? true : { id: { in: await publishedMediaIds(req.payload) } }
