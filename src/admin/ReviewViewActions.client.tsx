'use client'
// The review moves at the foot of the review view, and the way back to the document.
import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { ReviewActions, useReviewStatus } from './ReviewActions.client'

export function ReviewViewActions({ collection, id, editPath }: { collection: string; id: number; editPath: string }) {
  const { config } = useConfig()
  const router = useRouter()
  const apiBase = `${config.serverURL}${config.routes.api}`
  const [status, setStatus] = useReviewStatus({ apiBase, collection, id })
  return (
    <section className="gw-review gw-review-view__actions" aria-label="Decision">
      {status && (
        <ReviewActions
          apiBase={apiBase}
          collection={collection}
          id={id}
          status={status}
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
