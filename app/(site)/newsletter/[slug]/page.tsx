import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cachedSentIssue, cachedSentIssues } from '@/content/cached'
import { formatDate } from '@/components/formatDate'
import { IssueBody } from '@/components/newsletter/IssueBody'
import { SLUG_PATTERN } from '@/fields/slugify'
import { issueBlocks } from '@/newsletter/compose/issueBlocks'
import { NEWSLETTER_FEED_PATH, NEWSLETTER_PATH, newsletterIssuePath } from '@/routes'
import { pageMetadata } from '@/seo/pageMetadata'

type Props = { params: Promise<{ slug: string }> }

// Sending an issue refreshes the archive at once (cache tags); a CDN keeps a copy five minutes at most.
export const revalidate = 300

export async function generateStaticParams() {
  return (await cachedSentIssues()).map(({ slug }) => ({ slug }))
}

async function findIssue(params: Props['params']) {
  const { slug } = await params
  return SLUG_PATTERN.test(slug) ? cachedSentIssue(slug) : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const issue = await findIssue(params)
  if (!issue) notFound()
  return pageMetadata({
    title: issue.subject,
    description: issue.intro[0],
    path: newsletterIssuePath((await params).slug),
    feedPath: NEWSLETTER_FEED_PATH,
  })
}

export default async function NewsletterIssuePage({ params }: Props) {
  const issue = await findIssue(params)
  if (!issue) notFound()
  return (
    <article className="page reading">
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <Link href={NEWSLETTER_PATH}>Newsletter</Link> / <span aria-current="page">{issue.subject}</span>
      </nav>
      <h1>{issue.subject}</h1>
      <p className="meta">
        Sent <time dateTime={issue.sentAt}>{formatDate(issue.sentAt)}</time>
      </p>
      {issue.content ? (
        <IssueBody blocks={issueBlocks(issue.content)} />
      ) : (
        <div className="issue prose">
          {issue.intro.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          <p>The concept or use case this issue featured is no longer published.</p>
        </div>
      )}
    </article>
  )
}
