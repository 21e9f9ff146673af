import type { Section } from './sections'

export function TableOfContents({ sections }: { sections: Section[] }) {
  if (sections.length < 2) return null
  return (
    <nav aria-label="On this page" className="toc">
      <h2>On this page</h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
