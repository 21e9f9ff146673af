import { DIFFICULTIES, DIFFICULTY, type Difficulty } from '@/vocabulary/difficulty'

/** A level as a three-step meter with its word: one step filled for beginner, three for advanced. */
export function DifficultyMeter({ difficulty }: { difficulty: Difficulty }) {
  const { label, colorToken } = DIFFICULTY[difficulty]
  const steps = DIFFICULTIES.indexOf(difficulty) + 1
  return (
    <span className="difficulty" style={{ '--level-color': `var(${colorToken})` } as React.CSSProperties}>
      <span className="difficulty-steps" aria-hidden="true">
        {DIFFICULTIES.map((level, index) => (
          <span key={level} className={index < steps ? 'step filled' : 'step'} />
        ))}
      </span>
      {label}
    </span>
  )
}
