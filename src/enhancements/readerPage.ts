// The only script a reader page runs: everything else on the page is HTML and CSS from the
// server. The instant search loads on first use (searchBox.ts). The script is async (React
// runs an async script even in a document it draws on the client, as on a not-found page
// found late), so it waits for the document when it arrives first.
import { markCurrentNavSection } from './currentNavSection'
import { markCurrentSection } from './currentSection'
import { dismissPreviewsOnEscape } from './previewDismiss'
import { enhanceSearchBox } from './searchBox'
import { enhanceThemeToggle } from './themeToggle'

function enhance(): void {
  enhanceThemeToggle()
  enhanceSearchBox()
  markCurrentNavSection()
  markCurrentSection()
  dismissPreviewsOnEscape()
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enhance, { once: true })
else enhance()
