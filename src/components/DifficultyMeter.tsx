import { DIFFICULTY, type Difficulty } from '@/vocabulary/difficulty'

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  const { label, colorToken } = DIFFICULTY[difficulty]
  return (
    <span className="badge" style={{ color: `var(${colorToken})` }}>
      {label}
    </span>
  )
}
