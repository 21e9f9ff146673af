// Publishing an issue is sending it, so a published issue is one that went out: it stays as
// it was sent, for everyone (admins included). Write a new issue instead.
import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'
import type { NewsletterIssue } from '@/payload-types'

const sentAlready = () =>
  new APIError('This issue has been sent: it stays as it went out. Write a new issue instead.', 409, null, true)

export const keepSentIssues: CollectionBeforeChangeHook<NewsletterIssue> = ({ operation, originalDoc, data }) => {
  if (operation === 'update' && originalDoc?._status === 'published') throw sentAlready()
  return data
}

export const keepSentIssuesFromDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const issue = await req.payload.findByID({
    collection: 'newsletter-issues',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { _status: true },
    req,
  })
  if (issue?._status === 'published') throw sentAlready()
}
