import type { ServerProps } from 'payload'

export function ReviewQueueLink({ payload }: ServerProps) {
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/review-queue`}>
      Review queue
    </a>
  )
}
