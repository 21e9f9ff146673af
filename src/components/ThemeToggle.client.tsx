'use client'

import { useSyncExternalStore } from 'react'
import { THEME_STORAGE_KEY } from './themeScript'

type Theme = 'light' | 'dark'

function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'
}

function onThemeChange(listener: () => void): () => void {
  const observer = new MutationObserver(listener)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => observer.disconnect()
}

/** The server does not know the reader's theme: the button shows its default until hydrated. */
const unknownOnTheServer = () => undefined

/** Switches between light and dark; the choice is kept in localStorage. */
export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | undefined>(onThemeChange, currentTheme, unknownOnTheServer)
  const next: Theme = theme === 'dark' ? 'light' : 'dark'
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label={`Switch to ${next} theme`}
      onClick={() => {
        document.documentElement.dataset.theme = next
        localStorage.setItem(THEME_STORAGE_KEY, next)
      }}
    >
      {theme === 'dark' ? '☀' : '☾'}
    </button>
  )
}
