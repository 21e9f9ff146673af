import type { ConceptListItem } from '@/content/cached'
import { DifficultyBadge } from './DifficultyBadge'

/** A concept's category, difficulty and reading time, in one line under its summary. */
export function ConceptMeta({
  concept,
}: {
  concept: Pick<ConceptListItem, 'category' | 'difficulty' | 'readingTime'>
}) {
  return (
    <p className="meta">
      {concept.category ? <span>{concept.category.name}</span> : null}
      <DifficultyBadge difficulty={concept.difficulty} />
      {concept.readingTime ? <span>{concept.readingTime} min read</span> : null}
    </p>
  )
}
