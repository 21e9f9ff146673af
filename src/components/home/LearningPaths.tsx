import Link from 'next/link'
import type { ConceptListItem } from '@/content/cached'
import { DifficultyMeter } from '@/components/DifficultyMeter'
import { conceptPath, conceptsAtDifficulty } from '@/routes'
import { DIFFICULTY, type Difficulty } from '@/vocabulary/difficulty'

type Path = { difficulty: Difficulty; concepts: Pick<ConceptListItem, 'id' | 'title' | 'slug'>[] }

/** Beginner, then intermediate, then advanced: three steps, a few concepts each; nothing before any is published. */
export function LearningPaths({ paths }: { paths: Path[] }) {
  if (paths.every(({ concepts }) => concepts.length === 0)) return null
  return (
    <section aria-labelledby="learning-paths">
      <h2 id="learning-paths">Learning paths</h2>
      <p className="section-intro">Start at the first step and climb: each level builds on the one before.</p>
      <ol className="paths">
        {paths.map(({ difficulty, concepts }) => (
          <li key={difficulty} className="path">
            <h3 className="path-level">
              <DifficultyMeter difficulty={difficulty} />
            </h3>
            <ul>
              {concepts.map((concept) => (
                <li key={concept.id}>
                  <Link href={conceptPath(concept.slug)}>{concept.title}</Link>
                </li>
              ))}
            </ul>
            <Link href={conceptsAtDifficulty(difficulty)} className="more">
              All {DIFFICULTY[difficulty].label.toLowerCase()} concepts
            </Link>
          </li>
        ))}
      </ol>
    </section>
  )
}
