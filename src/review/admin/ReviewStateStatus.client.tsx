'use client'
// The edit view's header status, in the review's words: the same state name as the review
// panel, the queue and the list (Payload's own Draft / Changed / Published is not shown).
import { useDocumentInfo } from '@payloadcms/ui'
import { useReviewStatus } from './useReviewStatus.client'

export function ReviewStateStatus() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const [status] = useReviewStatus(collectionSlug, id, lastUpdateTime)
  if (!id || !status) return null
  return (
    <div className="status gw-status" data-state={status.state}>
      <span className="status__label">Status: </span>
      <span className="status__value">{status.stateLabel}</span>
      {status.isLive && status.state !== 'published' && (
        <span className="gw-status__live"> · the published version stays live</span>
      )}
    </div>
  )
}
