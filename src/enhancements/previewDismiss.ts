// Escape hides an open mention preview card; the next hover or focus may show one again.

export function dismissPreviewsOnEscape(): void {
  const root = document.documentElement
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') root.dataset.previewsDismissed = ''
  })
  const restore = () => delete root.dataset.previewsDismissed
  document.addEventListener('focusin', restore)
  document.addEventListener('pointerover', restore)
}
