import type { ConceptPage } from '@/content/cached'
import { CategoryChip } from '@/components/CategoryChip'
import { DifficultyMeter } from '@/components/DifficultyMeter'
import { formatDate } from '@/components/formatDate'

/** Title, the one-line answer (the page's signature), and the facts a reader weighs it by. */
export function ConceptHeader({ concept }: { concept: ConceptPage }) {
  return (
    <header className="concept-header">
      <p className="eyebrow">
        {concept.category ? <CategoryChip category={concept.category} link /> : null}
        <DifficultyMeter difficulty={concept.difficulty} />
      </p>
      <h1>{concept.title}</h1>
      {concept.subtitle ? <p className="subtitle">{concept.subtitle}</p> : null}
      <div className="in-short">
        <p className="in-short-label">In short</p>
        <p className="lead">{concept.summary}</p>
      </div>
      <p className="meta">
        {concept.readingTime ? <span>{concept.readingTime} min read</span> : null}
        {concept.lastUpdatedAt ? (
          <span>
            Last updated <time dateTime={concept.lastUpdatedAt}>{formatDate(concept.lastUpdatedAt)}</time>
          </span>
        ) : null}
        {concept.reviewedBy && concept.reviewedAt ? (
          <span className="reviewed">
            Reviewed by {concept.reviewedBy} on{' '}
            <time dateTime={concept.reviewedAt}>{formatDate(concept.reviewedAt)}</time>
          </span>
        ) : null}
      </p>
    </header>
  )
}
