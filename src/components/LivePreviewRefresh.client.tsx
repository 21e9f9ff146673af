'use client'
// In the admin's live preview (an iframe or pop-up of the same origin), re-renders the
// draft whenever the editor's form saves. Speaks Payload's live-preview messages:
// "payload-live-preview" (ready) to the admin, "payload-document-event" (saved) back.
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

export function LivePreviewRefresh() {
  const router = useRouter()
  useEffect(() => {
    const origin = window.location.origin
    const onMessage = (event: MessageEvent<{ type?: string } | null>) => {
      if (event.origin === origin && event.data?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    const admin = window.opener ?? (window.parent !== window ? window.parent : null)
    admin?.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
