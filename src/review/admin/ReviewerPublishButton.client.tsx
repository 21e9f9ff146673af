'use client'
// Editors never see a Publish button: publishing (and scheduling) belongs to reviewers and
// admins. For a reviewer it stays disabled, with the reason beside it, until the change is
// approved; an admin may publish unapproved work, and is told it is an override.
// The server enforces all of this anyway; this keeps the screen honest.
import { Button, PublishButton, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { canPublish, isAdmin } from '@/access/capabilities'
import type { User } from '@/payload-types'
import { useReviewStatus } from './useReviewStatus.client'
import { reviewedCollection } from '@/review/reviewedCollections'

export function ReviewerPublishButton() {
  const { user } = useAuth<User>()
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const [status] = useReviewStatus(collectionSlug, id, lastUpdateTime)
  if (!canPublish(user)) return null
  const label = reviewedCollection(collectionSlug)?.publishLabel
  const approved = status?.state === 'approved'
  if (approved || status?.state === 'published') return <PublishButton label={label} />
  const reason = !id
    ? 'Save a draft and have it approved first.'
    : status
      ? 'Publishing opens once another reviewer approves this change.'
      : 'Checking the review…'
  if (isAdmin(user)) {
    return (
      <span className="gw-publish">
        <PublishButton label={label} />
        <span className="gw-publish__reason">Not approved yet: publishing now is an admin override.</span>
      </span>
    )
  }
  return (
    <span className="gw-publish">
      <Button buttonStyle="primary" size="medium" disabled aria-describedby="gw-publish-reason">
        {label ?? 'Publish changes'}
      </Button>
      <span id="gw-publish-reason" className="gw-publish__reason">
        {reason}
      </span>
    </span>
  )
}
