import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { FROM_UNSUBSCRIBE_PAGE } from '@/newsletter/subscribe/formFields'
import { unsubscribePageState } from '@/newsletter/subscribe/pageStates'
import { ONE_CLICK_UNSUBSCRIBE_PATH } from '@/newsletter/unsubscribeLinks'
import { newsletterSignUpPath } from '@/routes'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false, follow: false } }

/**
 * The link at the bottom of every issue. Opening it changes nothing (link scanners open
 * every link in a message); the button unsubscribes. A forged or cut link gets a 404 that
 * says so (not-found.tsx).
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token } = await searchParams
  if (typeof token !== 'string') notFound()
  const state = await unsubscribePageState(token)
  if (!state) notFound()
  const whose = state.maskedAddress ?? 'This address'
  if (state.alreadyUnsubscribed) {
    return (
      <div className="page reading">
        <h1>You’re already unsubscribed</h1>
        <p className="lead">{whose} gets no more issues from Groundwork.</p>
        <p>
          Changed your mind? <Link href={newsletterSignUpPath()}>Sign up again</Link>.
        </p>
      </div>
    )
  }
  return (
    <div className="page reading">
      <h1>Unsubscribe from Groundwork</h1>
      <p className="lead">Stop sending the newsletter to {whose}?</p>
      <form
        className="newsletter-action"
        method="post"
        action={`${ONE_CLICK_UNSUBSCRIBE_PATH}?${new URLSearchParams({ token })}`}
      >
        <input type="hidden" name={FROM_UNSUBSCRIBE_PAGE.name} value={FROM_UNSUBSCRIBE_PAGE.value} />
        <button type="submit" className="button button-primary">
          Unsubscribe
        </button>
      </form>
      <p>Changed your mind? Close this page, and the newsletter keeps coming every Tuesday.</p>
    </div>
  )
}
