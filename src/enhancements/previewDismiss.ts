// Escape hides an open mention preview card; the next hover or focus on a mention may show one again.

const MENTION = '.concept-preview'

export function dismissPreviewsOnEscape(): void {
  const root = document.documentElement
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') root.dataset.previewsDismissed = ''
  })
  // Only a mention brings them back. A resting mouse is also reported "over" whatever the page
  // moves under it (a scroll, the reading-progress bar), which is no request to see a card.
  const restoreOnMention = (event: Event) => {
    if (event.target instanceof Element && event.target.closest(MENTION)) delete root.dataset.previewsDismissed
  }
  document.addEventListener('focusin', restoreOnMention)
  document.addEventListener('pointerover', restoreOnMention)
}
