import Link from 'next/link'
import type { ConceptListItem } from '@/content/cached'
import { DifficultyMeter } from '@/components/DifficultyMeter'
import { formatDate } from '@/components/formatDate'
import { conceptPath } from '@/routes'

type Props = {
  id: string
  heading: string
  concepts: ConceptListItem[]
  /** The date shown beside each title. */
  dated: 'firstPublishedAt' | 'lastUpdatedAt'
}

/** A short dated list: recently published, or recently updated. Nothing when empty. */
export function RecentConcepts({ id, heading, concepts, dated }: Props) {
  if (concepts.length === 0) return null
  return (
    <section aria-labelledby={id} className="recent">
      <h2 id={id}>{heading}</h2>
      <ul className="recent-list">
        {concepts.map((concept) => {
          const date = concept[dated]
          return (
            <li key={concept.id}>
              <Link href={conceptPath(concept.slug)} className="recent-title">
                {concept.title}
              </Link>
              <span className="meta">
                <DifficultyMeter difficulty={concept.difficulty} />
                {date ? <time dateTime={date}>{formatDate(date)}</time> : null}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
