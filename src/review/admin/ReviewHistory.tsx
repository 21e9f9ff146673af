import type { ReviewStatus } from '@/review/queries/reviewStatus'

export function ReviewHistory({ entries }: { entries: ReviewStatus['history'] }) {
  if (entries.length === 0) return null
  return (
    <div className="gw-review__history">
      <p className="gw-review__subheading">Review history</p>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <span>{entry.summary}</span>
            <time dateTime={entry.at}> · {new Date(entry.at).toLocaleString()}</time>
            {entry.comment && <blockquote>{entry.comment}</blockquote>}
          </li>
        ))}
      </ol>
    </div>
  )
}
