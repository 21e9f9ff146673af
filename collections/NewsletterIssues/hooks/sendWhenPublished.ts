// Publishing an approved issue (by a reviewer's hand, or when its schedule runs) queues its
// send, in the publish's own transaction: the issue is live exactly when its send is queued.
// Whoever confirmed up to this moment receives it; later sign-ups wait for the next issue.
import type { CollectionAfterChangeHook } from 'payload'
import type { NewsletterIssue } from '@/payload-types'
import { newsletterChangeTags } from '@/content/cacheTags'
import { expireTags } from '@/content/revalidate'
import { queueSend } from '@/newsletter/sending/sendTask'

export const sendWhenPublished: CollectionAfterChangeHook<NewsletterIssue> = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'published' || previousDoc?._status === 'published') return doc
  await queueSend(req, { issue: doc.id, recipientsConfirmedBy: new Date().toISOString() })
  expireTags(req, newsletterChangeTags(doc, previousDoc))
  return doc
}
