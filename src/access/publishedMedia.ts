// Images are uploaded before the text that shows them is reviewed, so an upload is not public
// by itself: readers (and the API, and the files under /api/media/file) see an image only
// while the published text of a concept, a use case or an FAQ shows it. Staff see every one.
import type { Access, Payload } from 'payload'
import { canEdit } from './capabilities'
import { keptUntilExpired } from '@/cache/keptUntilExpired'
import { CONCEPTS_TAG, MEDIA_TAG } from '@/content/cacheTags'
import { publishedImageIds } from '@/content/media/publishedImages'
import { searchDb } from '@/search/searchDb'

/**
 * Kept in memory until a publish, unpublish or published edit of any of those documents (each
 * expires the concepts tag) or a change to an image: the same clock as every cache here. A
 * process has one Payload, so the first request's is every request's.
 */
let keptIds: (() => Promise<number[]>) | undefined

function publishedMediaIds(payload: Payload): Promise<number[]> {
  keptIds ??= keptUntilExpired([CONCEPTS_TAG, MEDIA_TAG], () => publishedImageIds(searchDb(payload)))
  return keptIds()
}

/** Staff read every image; everyone else the images published text shows. */
export const publishedMediaOrStaff: Access = async ({ req }) =>
  canEdit(req.user) ? true : { id: { in: await publishedMediaIds(req.payload) } }
