import { useId, type ReactNode } from 'react'
import type { MentionTarget } from '@/search/mentions/mentionTargets'
import { DIFFICULTY } from '@/vocabulary/difficulty'

/**
 * A link to a concept with a preview card (its summary, category and difficulty) that
 * shows while a mouse rests on the link or the link has keyboard focus. The card is
 * positioned over the text, so showing it moves nothing; it is styled off on touch
 * screens, and Escape hides it (src/enhancements/previewDismiss.ts). The link works as any link.
 */
export function ConceptPreviewLink({
  href,
  target,
  children,
}: {
  href: string
  target: MentionTarget
  children: ReactNode
}) {
  const id = useId()
  const facts = [target.category, target.difficulty && DIFFICULTY[target.difficulty].label].filter(Boolean)
  return (
    <span className="concept-preview">
      <a href={href} aria-describedby={id}>
        {children}
      </a>
      <span className="concept-preview-card" role="tooltip" id={id}>
        <span className="concept-preview-title">{target.title}</span>
        {facts.length ? <span className="concept-preview-facts">{facts.join(' · ')}</span> : null}
        <span className="concept-preview-summary">{target.summary}</span>
      </span>
    </span>
  )
}
