// Counts at the top of the admin dashboard, for what each role does next.
import type { ServerProps } from 'payload'
import { canReview, isEditor } from '@/access/capabilities'
import type { User } from '@/payload-types'
import { reviewCounts } from '@/review/queries/reviewQueue'
import './review.css'
import { adminReviewQueuePath } from '@/routes'

export async function ReviewDashboard({ payload, user }: ServerProps) {
  const staff = user as User | undefined
  if (!staff) return null
  const counts = await reviewCounts(payload, staff)
  const reviews = canReview(staff)
  const queue = adminReviewQueuePath(payload.config.routes.admin)
  return (
    <ul className="gw-dashboard-counts" aria-label="Review work">
      {reviews && (
        <li>
          <strong>{counts.awaitingReview}</strong> <a href={queue}>awaiting review</a>
        </li>
      )}
      {reviews && (
        <li>
          <strong>{counts.approved}</strong> approved, ready to publish
        </li>
      )}
      {isEditor(staff) && (
        <li>
          <strong>{counts.mineInReview}</strong> of your changes in review
        </li>
      )}
      {isEditor(staff) && (
        <li>
          <strong>{counts.changesRequestedForMe}</strong> of your changes need work
        </li>
      )}
    </ul>
  )
}
