// Marks the header's link to the section the reader is in (`aria-current`): "page" on the
// section's own page, "true" on a page inside it (a concept, a category, a use case). Layouts
// are shared by every page, so the server cannot; without JavaScript no link is marked.

export function markCurrentNavSection(): void {
  const path = window.location.pathname
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.site-nav a')) {
    if (link.pathname === path) link.setAttribute('aria-current', 'page')
    else if (path.startsWith(`${link.pathname}/`)) link.setAttribute('aria-current', 'true')
  }
}
