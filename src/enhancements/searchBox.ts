// The header's search box. Without JavaScript it is a plain GET form to the search page. With
// it, "/" and Ctrl-K (⌘-K) focus the box, and the box's first focus (or keystroke) fetches the
// instant results' script (its address is the form's `data-instant-search`), so readers who
// never search never download it.
import { isSearchShortcut } from '@/components/search/shortcuts'

type InstantSearchModule = typeof import('./instantSearch')

export function enhanceSearchBox(): void {
  const form = document.querySelector<HTMLFormElement>('form.site-search')
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]')
  const instantSearchScript = form?.dataset.instantSearch
  if (!input || !instantSearchScript) return

  document.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event, event.target instanceof HTMLElement ? event.target : null)) return
    event.preventDefault()
    input.focus()
    input.select()
  })

  let requested = false
  const loadInstantResults = () => {
    if (requested) return
    requested = true
    ;(import(instantSearchScript) as Promise<InstantSearchModule>).then(
      ({ startInstantSearch }) => startInstantSearch(input),
      () => {
        requested = false
      },
    )
  }
  input.addEventListener('focus', loadInstantResults)
  input.addEventListener('input', loadInstantResults)
  // A reader who reached the box before this script ran.
  if (document.activeElement === input) loadInstantResults()
}
