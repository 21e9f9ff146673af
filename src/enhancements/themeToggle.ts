// The header's theme button. Which way it switches (its glyph and its name) is decided by CSS
// from the theme the head script set, so it is right from the first paint; this only switches.
// The button shows once it works (CSS keeps it invisible until then, without moving anything):
// never without JavaScript, and never clicked in vain before this script arrives, which on a
// page React draws in the browser can take a second.
import { THEME_STORAGE_KEY } from '@/components/themeScript'

export function enhanceThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.theme-toggle')) {
    button.addEventListener('click', () => {
      const root = document.documentElement
      const next = root.dataset.theme === 'dark' ? 'light' : 'dark'
      root.dataset.theme = next
      localStorage.setItem(THEME_STORAGE_KEY, next)
    })
    button.dataset.ready = ''
  }
}
