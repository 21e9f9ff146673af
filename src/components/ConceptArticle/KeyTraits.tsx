import type { ConceptPage } from '@/content/cached'
import { nameInSentence } from '@/content/nameInSentence'

/** What makes something an example of the concept: numbered traits, side by side on wide screens. */
export function KeyTraits({ concept }: { concept: ConceptPage }) {
  if (!concept.keyTraits?.length) return null
  return (
    <section aria-labelledby="key-traits">
      <h2 id="key-traits">Key traits of {nameInSentence(concept)}</h2>
      <ol className="traits">
        {concept.keyTraits.map((trait) => (
          <li key={trait.id ?? trait.label}>
            <h3>{trait.label}</h3>
            <p>{trait.explanation}</p>
          </li>
        ))}
      </ol>
    </section>
  )
}
