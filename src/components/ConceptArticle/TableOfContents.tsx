import type { Section } from './sections'

/**
 * The page's sections; beside the text on wide screens, where it marks the one being read
 * (src/enhancements/currentSection.ts).
 */
export function TableOfContents({ sections }: { sections: Section[] }) {
  if (sections.length < 2) return null
  return (
    <nav aria-labelledby="on-this-page" className="toc">
      <h2 id="on-this-page">On this page</h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            {/* Marked as the reader scrolls, from before React hydrates where it does (`npm run dev`). */}
            <a href={`#${section.id}`} suppressHydrationWarning>
              {section.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
