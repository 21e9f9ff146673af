// Marks the table of contents' link to the section being read (`aria-current`) as the reader
// scrolls. Without JavaScript the list simply has no mark.

/** The section whose heading was passed last, scrolling down: the one being read. */
function sectionInView(ids: string[]): string | undefined {
  const line = window.innerHeight * 0.3
  let current: string | undefined
  for (const id of ids) {
    const heading = document.getElementById(id)
    if (heading && heading.getBoundingClientRect().top <= line) current = id
  }
  return current ?? ids[0]
}

export function markCurrentSection(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a')]
  if (links.length === 0) return
  const ids = links.map((link) => decodeURIComponent(link.hash.slice(1)))
  let frame = 0
  const mark = () => {
    frame = 0
    const current = sectionInView(ids)
    links.forEach((link, index) => {
      if (ids[index] === current) link.setAttribute('aria-current', 'location')
      else link.removeAttribute('aria-current')
    })
  }
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(mark)
  }
  // Where Next's runtime came with the page (`npm run dev`), React hydrates it after this mark:
  // the links accept a mark it did not render (suppressHydrationWarning in TableOfContents.tsx).
  mark()
  window.addEventListener('scroll', schedule, { passive: true })
  window.addEventListener('resize', schedule)
}
