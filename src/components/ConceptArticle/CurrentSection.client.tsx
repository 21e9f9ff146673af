'use client'

import { useEffect } from 'react'

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

/**
 * Marks the table of contents' link to the section being read (`aria-current`), as the
 * reader scrolls. Renders nothing; without JavaScript the list simply has no mark.
 */
export function CurrentSection({ ids }: { ids: string[] }) {
  useEffect(() => {
    let frame = 0
    const mark = () => {
      frame = 0
      const current = sectionInView(ids)
      for (const link of document.querySelectorAll<HTMLAnchorElement>('.toc a')) {
        if (link.hash === `#${current}`) link.setAttribute('aria-current', 'location')
        else link.removeAttribute('aria-current')
      }
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(mark)
    }
    mark()
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', schedule)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('resize', schedule)
    }
  }, [ids])
  return null
}
