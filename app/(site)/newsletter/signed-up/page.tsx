import type { Metadata } from 'next'
import Link from 'next/link'
import { CONFIRM_TOKEN_LIFETIME_HOURS } from '@/newsletter/subscribe/confirmToken'
import { CONCEPTS_PATH } from '@/routes'

export const metadata: Metadata = { title: 'Check your inbox', robots: { index: false, follow: true } }

/** Where every accepted sign-up lands, whatever the address's state: the page never tells them apart. */
export default function SignedUpPage() {
  return (
    <div className="page reading">
      <h1>Check your inbox</h1>
      <p className="lead">
        We have sent an email to the address you gave. Open the link in it to confirm your subscription.
      </p>
      <p>
        The link works once, for {CONFIRM_TOKEN_LIFETIME_HOURS} hours. Until you confirm, we send that address nothing
        else.
      </p>
      <p>
        Nothing there after a few minutes? Look in your spam or promotions folder. To get a new link, sign up again in
        ten minutes.
      </p>
      <p>
        <Link href={CONCEPTS_PATH}>Keep reading: all concepts, A to Z</Link>
      </p>
    </div>
  )
}
