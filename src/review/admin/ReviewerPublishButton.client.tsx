'use client'
// Editors never see a Publish button: publishing (and scheduling) belongs to reviewers and
// admins. For a reviewer it stays disabled, with the reason beside it, until the change is
// approved, and while an FAQ or use case of an approved concept has a change the approval
// did not cover; an admin may publish anyway, and is told it is an override.
// The server enforces all of this anyway; this keeps the screen honest.
import { Button, PublishButton, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { canPublish, isAdmin } from '@/access/capabilities'
import type { User } from '@/payload-types'
import { useReviewStatus } from './useReviewStatus.client'
import { reviewedCollection } from '@/review/reviewedCollections'
import { changedAfterApproval, companionName, UNAPPROVED_STATES } from '@/review/rules/companionRules'
import type { ReviewStatus } from '@/review/queries/reviewStatus'

/** Why an approved change may not be published yet: a companion holding a change of its own. */
function heldBackBy(status: ReviewStatus): string | undefined {
  const companion = status.companions.find(({ state }) => UNAPPROVED_STATES.includes(state))
  return companion && changedAfterApproval(companionName(companion))
}

export function ReviewerPublishButton() {
  const { user } = useAuth<User>()
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const [status] = useReviewStatus(collectionSlug, id, lastUpdateTime)
  if (!canPublish(user)) return null
  const label = reviewedCollection(collectionSlug)?.publishLabel
  const heldBack = status?.state === 'approved' ? heldBackBy(status) : undefined
  if ((status?.state === 'approved' && !heldBack) || status?.state === 'published')
    return <PublishButton label={label} />
  const reason = !id
    ? 'Save a draft and have it approved first.'
    : status
      ? (heldBack ?? 'Publishing opens once another reviewer approves this change.')
      : 'Checking the review…'
  if (isAdmin(user)) {
    return (
      <span className="gw-publish">
        <PublishButton label={label} />
        <span className="gw-publish__reason">
          {heldBack
            ? `${heldBack} Publishing now leaves that change behind, as an admin override.`
            : 'Not approved yet: publishing now is an admin override.'}
        </span>
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
