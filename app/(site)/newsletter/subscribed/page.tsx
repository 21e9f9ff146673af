import type { Metadata } from 'next'
import Link from 'next/link'
import { CONCEPTS_PATH, NEWSLETTER_PATH } from '@/routes'

export const metadata: Metadata = { title: 'You’re subscribed', robots: { index: false, follow: true } }

/** Where the confirm button lands. */
export default function SubscribedPage() {
  return (
    <div className="page reading">
      <h1>You’re subscribed</h1>
      <p className="lead">
        Thank you. The next issue arrives on Tuesday: one AI concept, clearly explained, and one real-world use case of
        it.
      </p>
      <p>Every issue has an unsubscribe link at the bottom. One click, and you are off the list.</p>
      <p>
        <Link href={NEWSLETTER_PATH}>Read past issues</Link> or <Link href={CONCEPTS_PATH}>browse all concepts</Link>.
      </p>
    </div>
  )
}
