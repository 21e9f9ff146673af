// Counts at the top of the admin dashboard, for what each role does next.
import type { ServerProps } from 'payload'
import { hasRole } from '../access/roles'
import type { User } from '../payload-types'
import { reviewCounts } from '../review/reviewQueue'
import './review.css'

export async function ReviewDashboard({ payload, user }: ServerProps) {
  const staff = user as User | undefined
  if (!staff) return null
  const counts = await reviewCounts(payload, staff)
  const reviews = hasRole(staff, 'reviewer') || hasRole(staff, 'admin')
  const queue = `${payload.config.routes.admin}/review-queue`
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
      {hasRole(staff, 'editor') && (
        <li>
          <strong>{counts.mineInReview}</strong> of your changes in review
        </li>
      )}
      {hasRole(staff, 'editor') && (
        <li>
          <strong>{counts.changesRequestedForMe}</strong> of your changes need work
        </li>
      )}
    </ul>
  )
}
