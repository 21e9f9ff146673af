import type { Metadata } from 'next'
import { cachedSentIssues } from '@/content/cached'
import { IssueList } from '@/components/newsletter/IssueList'
import { SignUpForm } from '@/components/newsletter/SignUpForm'
import { NEWSLETTER_FEED_PATH, NEWSLETTER_PATH } from '@/routes'
import { pageMetadata } from '@/seo/pageMetadata'

export const metadata: Metadata = pageMetadata({
  title: 'Newsletter',
  description: 'One AI concept and one real-world use case, every Tuesday: sign up, or read past issues.',
  path: NEWSLETTER_PATH,
  feedPath: NEWSLETTER_FEED_PATH,
})

type Props = { searchParams: Promise<{ error?: string | string[] }> }

export default async function NewsletterPage({ searchParams }: Props) {
  const [{ error }, issues] = await Promise.all([searchParams, cachedSentIssues()])
  return (
    <div className="page reading">
      <h1>The Groundwork newsletter</h1>
      <p className="lead">
        Every Tuesday: one concept explained in a few minutes, one team that shipped something with it, and a short note
        from the editors. Every issue is reviewed before it goes out, like every page here.
      </p>
      <SignUpForm source="newsletter" error={error} />
      <section aria-labelledby="past-issues">
        <h2 id="past-issues">Past issues</h2>
        <IssueList issues={issues} />
        <p>
          <a href={NEWSLETTER_FEED_PATH}>Follow past issues in a feed reader</a> (Atom).
        </p>
      </section>
    </div>
  )
}
