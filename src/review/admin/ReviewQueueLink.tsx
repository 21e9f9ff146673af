import type { ServerProps } from 'payload'
import { adminReviewQueuePath } from '@/routes'

export function ReviewQueueLink({ payload }: ServerProps) {
  return (
    <a className="nav__link" href={adminReviewQueuePath(payload.config.routes.admin)}>
      Review queue
    </a>
  )
}
