import type { ConceptPage } from '@/content/cached'

export function KeyTraits({ concept }: { concept: ConceptPage }) {
  if (!concept.keyTraits?.length) return null
  return (
    <section aria-labelledby="key-traits">
      <h2 id="key-traits">Key traits of {concept.title}</h2>
      <dl className="traits">
        {concept.keyTraits.map((trait) => (
          <div key={trait.id ?? trait.label}>
            <dt>{trait.label}</dt>
            <dd>{trait.explanation}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
