'use client'
// A document's review status, as every part of the edit view reads it (header status,
// review panel, Publish button, review view). One request serves all readers that ask at
// once, and a move made anywhere on the page updates every reader.
import { useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import type { ReviewStatus } from '@/review/queries/reviewStatus'

const STATUS_EVENT = 'groundwork:review-status'
type StatusEventDetail = { collection: string; id: string; status: ReviewStatus }

const inFlight = new Map<string, Promise<ReviewStatus | null>>()

/** GETs the status, sharing a request already on its way for the same document. */
function fetchStatus(url: string): Promise<ReviewStatus | null> {
  const pending = inFlight.get(url)
  if (pending) return pending
  const request = fetch(url, { credentials: 'include' })
    .then((response) => (response.ok ? (response.json() as Promise<ReviewStatus>) : null))
    .catch(() => null)
    .finally(() => inFlight.delete(url))
  inFlight.set(url, request)
  return request
}

/** The REST API's base address, as the admin is configured. */
export function useApiBase(): string {
  const { config } = useConfig()
  return `${config.serverURL}${config.routes.api}`
}

/**
 * The status of `collection`/`id` from the review endpoint, reloaded whenever `reloadKey`
 * changes; `announce` shares a new status (after a move) with every reader on the page.
 */
export function useReviewStatus(collection: string | undefined, id: number | string | undefined, reloadKey?: unknown) {
  const apiBase = useApiBase()
  const [status, setStatus] = useState<ReviewStatus | null>(null)
  useEffect(() => {
    if (!collection || !id) return
    let current = true
    void fetchStatus(`${apiBase}/${collection}/${id}/review`).then((loaded) => {
      if (current && loaded) setStatus(loaded)
    })
    return () => {
      current = false
    }
  }, [apiBase, collection, id, reloadKey])
  useEffect(() => {
    const onStatus = (event: Event) => {
      const detail = (event as CustomEvent<StatusEventDetail>).detail
      if (detail.collection === collection && detail.id === String(id)) setStatus(detail.status)
    }
    window.addEventListener(STATUS_EVENT, onStatus)
    return () => window.removeEventListener(STATUS_EVENT, onStatus)
  }, [collection, id])
  const announce = useCallback(
    (next: ReviewStatus) => {
      if (!collection) return
      window.dispatchEvent(
        new CustomEvent<StatusEventDetail>(STATUS_EVENT, { detail: { collection, id: String(id), status: next } }),
      )
    },
    [collection, id],
  )
  return [status, announce] as const
}
