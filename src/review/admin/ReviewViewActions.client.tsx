'use client'
// The review moves at the foot of the review view, and the way back to the document.
import { useRouter } from 'next/navigation'
import { ReviewActions } from './ReviewActions.client'
import { useReviewStatus } from './useReviewStatus.client'

type Props = { collection: string; id: number; editPath: string; seen: string }

/** `seen` is the version of the change this view shows (reviewedVersion.ts). */
export function ReviewViewActions({ collection, id, editPath, seen }: Props) {
  const router = useRouter()
  const [status, setStatus] = useReviewStatus(collection, id)
  return (
    <section className="gw-review gw-review-view__actions" aria-label="Decision">
      {status && (
        <ReviewActions
          collection={collection}
          id={id}
          status={status}
          seen={seen}
          onChange={(next) => {
            setStatus(next)
            router.refresh()
          }}
        />
      )}
      <p>
        <a href={editPath}>Open the document</a>
        {status?.state === 'approved' ? ' to publish or schedule it.' : ''}
      </p>
    </section>
  )
}
