// The header's search form. Without JavaScript it is a plain GET form to the search page;
// src/enhancements/searchBox.ts adds the shortcuts and loads the instant results from
// `instantSearchScript` on first use.
import { SEARCH_PATH } from '@/routes'

const INPUT_ID = 'site-search-input'

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

export function SearchBox({ instantSearchScript }: { instantSearchScript: string }) {
  return (
    <form
      role="search"
      action={SEARCH_PATH}
      method="get"
      className="site-search"
      data-instant-search={instantSearchScript}
    >
      <label htmlFor={INPUT_ID} className="visually-hidden">
        Search concepts
      </label>
      <input id={INPUT_ID} type="search" name="q" placeholder="Search…" autoComplete="off" />
      <button type="submit">
        <SearchIcon />
        <span className="visually-hidden">Search</span>
      </button>
    </form>
  )
}
