import type { ConceptPage } from '@/content/cached'

export function Pitfalls({ concept }: { concept: ConceptPage }) {
  if (!concept.pitfalls?.length) return null
  return (
    <section aria-labelledby="pitfalls">
      <h2 id="pitfalls">Common pitfalls</h2>
      <dl className="pitfalls">
        {concept.pitfalls.map((pitfall) => (
          <div key={pitfall.id ?? pitfall.title}>
            <dt>{pitfall.title}</dt>
            <dd>{pitfall.explanation}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
