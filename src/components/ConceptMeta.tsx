import type { ConceptListItem } from '@/content/cached'
import { CategoryChip } from './CategoryChip'
import { DifficultyMeter } from './DifficultyMeter'

/** A concept's category, difficulty and reading time, in one line under its summary. */
export function ConceptMeta({
  concept,
}: {
  concept: Pick<ConceptListItem, 'category' | 'difficulty' | 'readingTime'>
}) {
  return (
    <p className="meta">
      {concept.category ? <CategoryChip category={concept.category} /> : null}
      <DifficultyMeter difficulty={concept.difficulty} />
      {concept.readingTime ? <span>{concept.readingTime} min read</span> : null}
    </p>
  )
}
