'use client'
// Sends the issue as it stands to the signed-in person only, and says where it went.
import { Button, useConfig } from '@payloadcms/ui'
import { useState } from 'react'

export function SendTestButton({ id }: { id: number }) {
  const { config } = useConfig()
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false })
  const send = async () => {
    setState({ busy: true })
    const response = await fetch(`${config.serverURL}${config.routes.api}/newsletter-issues/${id}/test-send`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
    setState({ busy: false, message: body.message ?? body.errors?.[0]?.message ?? 'The test could not be sent.' })
  }
  return (
    <p className="gw-newsletter__test">
      <Button buttonStyle="secondary" size="medium" onClick={send} disabled={state.busy}>
        {state.busy ? 'Sending…' : 'Send a test to me'}
      </Button>
      <span role="status">{state.message}</span>
    </p>
  )
}
