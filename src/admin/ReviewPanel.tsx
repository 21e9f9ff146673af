'use client'
// The review panel in the edit view's sidebar: state, readiness checklist (concepts),
// the moves this person may make, links to the diff and the draft preview, and history.
import { Button, toast, useAllFormFields, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useCallback, useEffect, useState } from 'react'
import type { ChecklistItem } from '../review/readiness'
import type { ReviewStatus } from '../review/reviewStatus'
import type { ReviewAction } from '../review/transitions'
import { ReviewHistory } from './ReviewHistory'
import { ReadinessChecklist } from './ReadinessChecklist'
import './review.css'

const ACTION_LABELS: Record<ReviewAction, string> = {
  submit: 'Submit for review',
  approve: 'Approve',
  request_changes: 'Request changes',
}

const PREVIEWABLE: Record<string, string> = { concepts: '/concepts/' }

function useLiveChecklist(enabled: boolean, apiBase: string, id: number | string | undefined) {
  const [fields] = useAllFormFields()
  const [checklist, setChecklist] = useState<ChecklistItem[] | null>(null)
  useEffect(() => {
    if (!enabled) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      const response = await fetch(`${apiBase}/concepts/readiness`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: id ?? null, data: reduceFieldsToValues(fields, true) }),
        signal: controller.signal,
      }).catch(() => null)
      if (response?.ok) setChecklist(((await response.json()) as { checklist: ChecklistItem[] }).checklist)
    }, 600)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [enabled, apiBase, id, fields])
  return checklist
}

export function ReviewPanel() {
  const { id, collectionSlug, lastUpdateTime, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const apiBase = `${config.serverURL}${config.routes.api}`
  const [status, setStatus] = useState<ReviewStatus | null>(null)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const checklist = useLiveChecklist(collectionSlug === 'concepts', apiBase, id)

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const response = await fetch(`${apiBase}/${collectionSlug}/${id}/review`, { credentials: 'include' })
    if (response.ok) setStatus((await response.json()) as ReviewStatus)
  }, [apiBase, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load, lastUpdateTime])

  if (!id || !collectionSlug) {
    return <p className="gw-review__note">Save a first draft to start its review.</p>
  }

  async function act(action: ReviewAction) {
    setBusy(true)
    const response = await fetch(`${apiBase}/${collectionSlug}/${id}/review`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action, comment }),
    })
    const body = (await response.json()) as ReviewStatus & { errors?: { message: string }[] }
    setBusy(false)
    if (!response.ok) {
      toast.error(body.errors?.[0]?.message ?? 'That did not work.')
      return
    }
    setStatus(body)
    setComment('')
    toast.success(`${ACTION_LABELS[action]}: done.`)
  }

  const allowed = status?.actions.filter((entry) => entry.allowed) ?? []
  const slug = typeof savedDocumentData?.slug === 'string' ? savedDocumentData.slug : undefined
  const previewBase = PREVIEWABLE[collectionSlug]

  return (
    <section className="gw-review" aria-labelledby="gw-review-heading">
      <h3 id="gw-review-heading" className="gw-review__heading">
        Review
      </h3>
      {status && (
        <p className="gw-review__state" data-state={status.state}>
          {status.stateLabel}
          {status.isLive && status.state !== 'published' ? ' · live version stays until published' : ''}
        </p>
      )}
      {status?.submittedBy && status.state !== 'published' && (
        <p className="gw-review__note">
          Submitted by {status.submittedBy}
          {status.submittedAt ? ` on ${new Date(status.submittedAt).toLocaleString()}` : ''}
        </p>
      )}
      {status?.approvedBy && status.state === 'approved' && <p className="gw-review__note">Approved by {status.approvedBy}</p>}
      {(checklist ?? status?.checklist) && <ReadinessChecklist items={(checklist ?? status?.checklist)!} />}
      {modified && <p className="gw-review__note">Save your draft before a review action.</p>}
      {allowed.some((entry) => entry.action === 'request_changes') && (
        <label className="gw-review__comment">
          Comment for the author
          <textarea value={comment} onChange={(event) => setComment(event.target.value)} rows={3} />
        </label>
      )}
      <div className="gw-review__actions">
        {allowed.map(({ action }) => (
          <Button key={action} buttonStyle={action === 'request_changes' ? 'secondary' : 'primary'} size="small" disabled={busy || modified} onClick={() => act(action)}>
            {ACTION_LABELS[action]}
          </Button>
        ))}
      </div>
      {status && (
        <ul className="gw-review__links">
          <li>
            <a href={status.compareUrl}>Compare with the published version</a>
          </li>
          {previewBase && slug && (
            <li>
              <a href={`/preview?path=${encodeURIComponent(previewBase + slug)}`} target="_blank" rel="noreferrer">
                Preview on the site
              </a>
            </li>
          )}
        </ul>
      )}
      {status && <ReviewHistory entries={status.history} />}
    </section>
  )
}
