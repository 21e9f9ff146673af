import Link from 'next/link'
import type { ConceptListItem } from '@/content/cached'
import { DifficultyBadge } from './DifficultyBadge'
import { conceptPath } from '@/routes'

export function ConceptCard({ concept }: { concept: ConceptListItem }) {
  return (
    <article className="card">
      <h3>
        <Link href={conceptPath(concept.slug)}>{concept.title}</Link>
      </h3>
      <p>{concept.summary}</p>
      <p className="meta">
        {concept.category ? <span>{concept.category.name}</span> : null}
        <DifficultyBadge difficulty={concept.difficulty} />
        {concept.readingTime ? <span>{concept.readingTime} min read</span> : null}
      </p>
    </article>
  )
}
