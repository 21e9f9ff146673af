'use client'

import { useEffect } from 'react'

/** Escape hides an open preview card; the next hover or focus may show one again. */
export function PreviewDismiss() {
  useEffect(() => {
    const root = document.documentElement
    const dismiss = (event: KeyboardEvent) => {
      if (event.key === 'Escape') root.dataset.previewsDismissed = ''
    }
    const restore = () => delete root.dataset.previewsDismissed
    document.addEventListener('keydown', dismiss)
    document.addEventListener('focusin', restore)
    document.addEventListener('pointerover', restore)
    return () => {
      document.removeEventListener('keydown', dismiss)
      document.removeEventListener('focusin', restore)
      document.removeEventListener('pointerover', restore)
    }
  }, [])
  return null
}
