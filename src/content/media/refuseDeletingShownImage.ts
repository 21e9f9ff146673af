// Deleting an image takes it off every live page that shows it, at once and unreviewed. So a
// person may not delete an image that published text still shows; the refusal names where.
import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { requestDatabase } from '@/db/requestDatabase'
import { counted } from '@/vocabulary/counted'
import { publishedTextsShowing, type ShownIn } from './publishedImages'

const NAMED = 3

function where(shownIn: ShownIn[]): string {
  const named = shownIn.slice(0, NAMED).map(({ kind, title }) => `the ${kind} “${title}”`)
  const rest = shownIn.length - named.length
  return rest > 0 ? `${named.join(', ')} and ${counted(rest, 'other')}` : named.join(', ')
}

export const refuseDeletingShownImage: CollectionBeforeDeleteHook = async ({ req, id }) => {
  if (!req.user) return
  const shownIn = await publishedTextsShowing(await requestDatabase(req), Number(id))
  if (shownIn.length === 0) return
  throw new APIError(
    `This image is on live pages, in ${where(shownIn)}: take it out of their text and publish that first.`,
    409,
    null,
    true,
  )
}
