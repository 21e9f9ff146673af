import Link from 'next/link'
import type { SentIssueListItem } from '@/content/cached'
import { formatDate } from '@/components/formatDate'
import { newsletterIssuePath } from '@/routes'

/** Past issues, newest first; the page says so when none has gone out yet. */
export function IssueList({ issues }: { issues: SentIssueListItem[] }) {
  if (issues.length === 0) return <p>The first issue has not gone out yet. Sign up above to get it.</p>
  return (
    <ol className="issue-list">
      {issues.map((issue) => (
        <li key={issue.slug}>
          <Link href={newsletterIssuePath(issue.slug)}>{issue.subject}</Link>
          <time dateTime={issue.sentAt}>{formatDate(issue.sentAt)}</time>
          {issue.teaser ? <p>{issue.teaser}</p> : null}
        </li>
      ))}
    </ol>
  )
}
