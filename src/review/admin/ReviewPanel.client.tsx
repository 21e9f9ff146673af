'use client'
// The review panel in the edit view's sidebar: state, readiness checklist (concepts), the
// FAQs and use cases reviewed with a concept, the moves this person may make, links to
// the review view and the draft preview, and history.
import { useAllFormFields, useConfig, useDocumentEvents, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useState } from 'react'
import type { ChecklistItem } from '@/review/rules/readiness'
import type { ReviewStatus } from '@/review/queries/reviewStatus'
import { ReviewActions } from './ReviewActions.client'
import { useApiBase, useReviewStatus } from './useReviewStatus.client'
import { ReviewHistory } from './ReviewHistory'
import { ReadinessChecklist } from './ReadinessChecklist'
import './review.css'
import { adminEditPath, PREVIEWABLE, previewPath } from '@/routes'
import { reviewedCollection } from '@/review/reviewedCollections'

/** The checklist for the values in the form, rechecked as they change and when a drawer saves a companion. */
function useLiveChecklist(enabled: boolean, apiBase: string, id: number | string | undefined, companionSaved: unknown) {
  const [fields] = useAllFormFields()
  const [checklist, setChecklist] = useState<ChecklistItem[] | null>(null)
  useEffect(() => {
    if (!enabled) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${apiBase}/concepts/readiness`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ id: id ?? null, data: reduceFieldsToValues(fields, true) }),
          signal: controller.signal,
        })
        if (response.ok) setChecklist(((await response.json()) as { checklist: ChecklistItem[] }).checklist)
      } catch {
        // Superseded by a newer check, or offline: the last checklist stays on screen.
      }
    }, 600)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [enabled, apiBase, id, fields, companionSaved])
  return checklist
}

function Companions({ companions }: { companions: ReviewStatus['companions'] }) {
  if (companions.length === 0) return null
  return (
    <div className="gw-review__companions">
      <p className="gw-review__subheading">Reviewed and published with this concept</p>
      <ul>
        {companions.map((companion) => (
          <li key={`${companion.collection}-${companion.id}`}>
            <a href={companion.editUrl}>{companion.title || 'Untitled'}</a> <small>({companion.stateLabel})</small>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function ReviewPanel() {
  const { id, collectionSlug, lastUpdateTime, savedDocumentData } = useDocumentInfo()
  const { mostRecentUpdate } = useDocumentEvents()
  const { config } = useConfig()
  const modified = useFormModified()
  const apiBase = useApiBase()
  const companionSaved = mostRecentUpdate?.drawerSlug ? mostRecentUpdate.updatedAt : undefined
  const [status, setStatus] = useReviewStatus(collectionSlug, id, `${lastUpdateTime}-${companionSaved}`)
  const checklist = useLiveChecklist(collectionSlug === 'concepts', apiBase, id, companionSaved)

  if (!id || !collectionSlug) {
    return (
      <div className="gw-review">
        <p className="gw-review__note">Save a first draft to start its review.</p>
      </div>
    )
  }

  const slug = typeof savedDocumentData?.slug === 'string' ? savedDocumentData.slug : undefined
  const pagePath = PREVIEWABLE[collectionSlug]
  const documentPath = adminEditPath(config.routes.admin, { collection: collectionSlug, id })

  return (
    <section className="gw-review" aria-labelledby="gw-review-heading">
      <h3 id="gw-review-heading" className="gw-review__heading">
        Review
      </h3>
      {status && (
        <p className="gw-review__state" data-state={status.state}>
          {status.stateLabel}
          {status.isLive && status.state !== 'published'
            ? ' · the published version stays live until this is published'
            : ''}
        </p>
      )}
      {status?.submittedBy && status.state !== 'published' && (
        <p className="gw-review__note">
          Submitted by {status.submittedBy}
          {status.submittedAt ? ` on ${new Date(status.submittedAt).toLocaleString()}` : ''}
        </p>
      )}
      {status?.approvedBy && status.state === 'approved' && (
        <p className="gw-review__note">Approved by {status.approvedBy}</p>
      )}
      {(checklist ?? status?.checklist) && <ReadinessChecklist items={(checklist ?? status?.checklist)!} />}
      {status && <Companions companions={status.companions} />}
      {reviewedCollection(collectionSlug)?.reviewedWithConcept && (
        <p className="gw-review__note">
          Submitting its concept takes this into the same review; it can also be submitted on its own.
        </p>
      )}
      {status && (
        <ReviewActions
          collection={collectionSlug}
          id={id}
          status={status}
          onChange={setStatus}
          blockedReason={modified ? 'Save your draft first (Save draft, or wait a moment for autosave).' : undefined}
        />
      )}
      {status && (
        <ul className="gw-review__links">
          <li>
            <a href={status.compareUrl}>Review the changes</a>
          </li>
          {pagePath && slug && (
            <li>
              <a href={previewPath(pagePath(slug), documentPath)}>Preview on the site</a>
            </li>
          )}
        </ul>
      )}
      {status && <ReviewHistory entries={status.history} />}
    </section>
  )
}
