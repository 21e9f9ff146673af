import type { ConceptPage } from '@/content/cached'

/** Mistakes people commonly make with the concept, each marked as a caution. */
export function Pitfalls({ concept }: { concept: ConceptPage }) {
  if (!concept.pitfalls?.length) return null
  return (
    <section aria-labelledby="pitfalls">
      <h2 id="pitfalls">Common pitfalls</h2>
      <ul className="pitfalls">
        {concept.pitfalls.map((pitfall) => (
          <li key={pitfall.id ?? pitfall.title}>
            <h3>{pitfall.title}</h3>
            <p>{pitfall.explanation}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
