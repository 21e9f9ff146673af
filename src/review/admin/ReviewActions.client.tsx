'use client'
// The review moves this person may make on one document (submit, approve, request
// changes, with the comment for the author), shared by the edit view's panel and the review view.
import { Button, toast } from '@payloadcms/ui'
import { useState } from 'react'
import type { ReviewStatus } from '@/review/queries/reviewStatus'
import type { ReviewAction } from '@/review/rules/transitions'
import { useApiBase } from './useReviewStatus.client'

const ACTION_LABELS: Record<ReviewAction, string> = {
  submit: 'Submit for review',
  approve: 'Approve',
  request_changes: 'Request changes',
}

type ReviewActionsProps = {
  collection: string
  id: number | string
  status: ReviewStatus
  onChange: (status: ReviewStatus) => void
  /** Why the moves are unavailable right now (e.g. unsaved edits), if they are. */
  blockedReason?: string
  /** The version of the change on screen, when the page showed it before `status` was read. */
  seen?: string
}

export function ReviewActions({ collection, id, status, onChange, blockedReason, seen }: ReviewActionsProps) {
  const apiBase = useApiBase()
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const allowed = status.actions.filter((entry) => entry.allowed)

  async function act(action: ReviewAction) {
    setBusy(true)
    const response = await fetch(`${apiBase}/${collection}/${id}/review`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action, comment, seen: seen ?? status.version }),
    }).catch(() => null)
    const body = response
      ? ((await response.json().catch(() => ({}))) as ReviewStatus & { errors?: { message: string }[] })
      : null
    setBusy(false)
    if (!response?.ok || !body) {
      toast.error(body?.errors?.[0]?.message ?? 'That did not reach the server: check your connection and try again.')
      return
    }
    onChange(body)
    setComment('')
    toast.success(`${ACTION_LABELS[action]}: done.`)
  }

  if (allowed.length === 0) return null
  return (
    <>
      {blockedReason && <p className="gw-review__note">{blockedReason}</p>}
      {allowed.some((entry) => entry.action === 'request_changes') && (
        <label className="gw-review__comment">
          Comment for the author
          <textarea value={comment} onChange={(event) => setComment(event.target.value)} rows={3} />
        </label>
      )}
      <div className="gw-review__actions">
        {allowed.map(({ action }) => (
          <Button
            key={action}
            buttonStyle={action === 'request_changes' ? 'secondary' : 'primary'}
            size="small"
            disabled={busy || Boolean(blockedReason)}
            onClick={() => act(action)}
          >
            {ACTION_LABELS[action]}
          </Button>
        ))}
      </div>
    </>
  )
}
