'use client'
// A reviewer's way to send an approved issue at its send time, and to cancel a pending send.
// The schedule endpoints enforce the same rules (reviewers only, approved work only).
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Props = {
  id: number
  sendAt: string
  /** The send time in words, in the newsletter's time zone. */
  sendAtLabel: string
  /** Why this person cannot schedule it now, or undefined when they can. */
  blockedReason?: string
  /** Pending sends, each with its time in words. */
  schedules: { id: number | string; label: string }[]
}

export function ScheduleSend({ id, sendAt, sendAtLabel, blockedReason, schedules }: Props) {
  const { config } = useConfig()
  const router = useRouter()
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false })
  const endpoint = `${config.serverURL}${config.routes.api}/newsletter-issues/${id}/schedule`

  const call = async (path: string, init: RequestInit) => {
    setState({ busy: true })
    const response = await fetch(path, {
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      ...init,
    })
    const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
    setState({ busy: false, message: response.ok ? undefined : (body.errors?.[0]?.message ?? 'That did not work.') })
    if (response.ok) router.refresh()
  }

  return (
    <div className="gw-newsletter__schedule">
      {schedules.length > 0 ? (
        <ul>
          {schedules.map((schedule) => (
            <li key={schedule.id}>
              Goes out {schedule.label}.{' '}
              <Button
                buttonStyle="secondary"
                size="small"
                disabled={state.busy || Boolean(blockedReason)}
                onClick={() => call(`${endpoint}/${schedule.id}`, { method: 'DELETE' })}
              >
                Cancel this send
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <Button
            buttonStyle="primary"
            size="medium"
            disabled={state.busy || Boolean(blockedReason)}
            onClick={() => call(endpoint, { method: 'POST', body: JSON.stringify({ type: 'publish', at: sendAt }) })}
          >
            Schedule for {sendAtLabel}
          </Button>
        </p>
      )}
      {blockedReason ? <p className="gw-newsletter__note">{blockedReason}</p> : null}
      <p role="status">{state.message}</p>
    </div>
  )
}
