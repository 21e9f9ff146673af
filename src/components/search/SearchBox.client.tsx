'use client'
// The header's search form, and the only search code every page loads. Without JavaScript it
// is a plain GET form to the search page. With it, "/" and Ctrl-K (⌘-K) focus the box, and the
// box's first focus (or keystroke) fetches the instant results as a separate chunk, so readers
// who never search never download them.
import { type ComponentType, useEffect, useId, useRef, useState } from 'react'
import { SEARCH_PATH } from '@/routes'
import type { InstantResultsProps } from './InstantResults.client'
import { isSearchShortcut } from './shortcuts'

type LoadedResults = { InstantResults: ComponentType<InstantResultsProps>; input: HTMLInputElement }

function SearchIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="m12.5 12.5 5 5" strokeLinecap="round" />
    </svg>
  )
}

export function SearchBox() {
  const inputId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const requested = useRef(false)
  const [loaded, setLoaded] = useState<LoadedResults | null>(null)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const input = inputRef.current
      if (!input || !isSearchShortcut(event, event.target instanceof HTMLElement ? event.target : null)) return
      event.preventDefault()
      input.focus()
      input.select()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  const loadInstantResults = (input: HTMLInputElement) => {
    if (requested.current) return
    requested.current = true
    import('./InstantResults.client').then(
      ({ InstantResults }) => setLoaded({ InstantResults, input }),
      () => {
        requested.current = false
      },
    )
  }

  return (
    <form role="search" action={SEARCH_PATH} method="get" className="site-search">
      <label htmlFor={inputId} className="visually-hidden">
        Search concepts
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        name="q"
        placeholder="Search…"
        autoComplete="off"
        onFocus={(event) => loadInstantResults(event.currentTarget)}
        onInput={(event) => loadInstantResults(event.currentTarget)}
      />
      <button type="submit">
        <SearchIcon />
        <span className="visually-hidden">Search</span>
      </button>
      {loaded && <loaded.InstantResults input={loaded.input} />}
    </form>
  )
}
