import type { Metadata } from 'next'
import Link from 'next/link'
import { CONCEPTS_PATH, newsletterSignUpPath } from '@/routes'

export const metadata: Metadata = { title: 'You’re unsubscribed', robots: { index: false, follow: true } }

/** Where the unsubscribe page's button lands. */
export default function UnsubscribedPage() {
  return (
    <div className="page reading">
      <h1>You’re unsubscribed</h1>
      <p className="lead">You will get no more issues from Groundwork.</p>
      <p>
        Unsubscribed by mistake? <Link href={newsletterSignUpPath()}>Sign up again</Link>, and confirm the link we send
        you.
      </p>
      <p>
        <Link href={CONCEPTS_PATH}>The concepts stay here to read, all of them, A to Z</Link>
      </p>
    </div>
  )
}
