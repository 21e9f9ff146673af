import Link from 'next/link'
import type { ConceptPage } from '@/content/cached'
import { DifficultyBadge } from '@/components/DifficultyBadge'
import { formatDate } from '@/components/formatDate'
import { categoryPath } from '@/routes'

export function ConceptHeader({ concept }: { concept: ConceptPage }) {
  return (
    <header className="concept-header">
      <h1>{concept.title}</h1>
      {concept.subtitle ? <p className="subtitle">{concept.subtitle}</p> : null}
      <p className="lead">{concept.summary}</p>
      <p className="meta">
        {concept.category ? (
          <span>
            Category: <Link href={categoryPath(concept.category.slug)}>{concept.category.name}</Link>
          </span>
        ) : null}
        <span>
          Difficulty: <DifficultyBadge difficulty={concept.difficulty} />
        </span>
        {concept.lastUpdatedAt ? (
          <span>
            Last updated <time dateTime={concept.lastUpdatedAt}>{formatDate(concept.lastUpdatedAt)}</time>
          </span>
        ) : null}
        {concept.readingTime ? <span>{concept.readingTime} min read</span> : null}
      </p>
      {concept.reviewedBy && concept.reviewedAt ? (
        <p className="meta reviewed">
          <span>
            Reviewed by {concept.reviewedBy} on{' '}
            <time dateTime={concept.reviewedAt}>{formatDate(concept.reviewedAt)}</time>
          </span>
        </p>
      ) : null}
    </header>
  )
}
