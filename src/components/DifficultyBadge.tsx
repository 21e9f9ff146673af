import type { Concept } from '../payload-types'

const LABELS: Record<Concept['difficulty'], string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
}

export function DifficultyBadge({ difficulty }: { difficulty: Concept['difficulty'] }) {
  return <span className={`badge badge-${difficulty}`}>{LABELS[difficulty]}</span>
}
