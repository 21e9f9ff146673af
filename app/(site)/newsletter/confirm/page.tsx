import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { CONFIRM_TOKEN_FIELD } from '@/newsletter/subscribe/formFields'
import { addressToConfirm } from '@/newsletter/subscribe/pageStates'
import { NEWSLETTER_CONFIRM_API_PATH } from '@/routes'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

// One lookup per request, shared by the metadata and the page.
const confirmable = cache(async (token: string | string[] | undefined) =>
  typeof token === 'string' ? { token, address: await addressToConfirm(token) } : undefined,
)

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const found = await confirmable((await searchParams).token)
  return {
    title: found?.address ? 'Confirm your subscription' : 'Link expired or used',
    robots: { index: false, follow: false },
  }
}

/**
 * The confirmation email's link opens this page. Mail scanners open every link in a message,
 * so opening it confirms nothing: the button does, with a POST. A used, expired or forged
 * link gets a 404 that says so (not-found.tsx).
 */
export default async function ConfirmPage({ searchParams }: Props) {
  const found = await confirmable((await searchParams).token)
  if (!found?.address) notFound()
  return (
    <div className="page reading">
      <h1>Confirm your subscription</h1>
      <p className="lead">
        One press, and {found.address} gets the Groundwork newsletter: one concept and one use case, every Tuesday.
      </p>
      <form className="newsletter-action" method="post" action={NEWSLETTER_CONFIRM_API_PATH}>
        <input type="hidden" name={CONFIRM_TOKEN_FIELD} value={found.token} />
        <button type="submit" className="button button-primary">
          Confirm my subscription
        </button>
      </form>
      <p>Did not sign up? Close this page: without a confirmation, that address gets nothing from us.</p>
    </div>
  )
}
