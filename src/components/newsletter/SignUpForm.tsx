import Link from 'next/link'
import type { SignUpForm as FormName } from '@/newsletter/subscriberStates'
import { MAX_ADDRESS_LENGTH } from '@/newsletter/subscribe/emailAddress'
import { SIGN_UP_FIELDS } from '@/newsletter/subscribe/formFields'
import { signUpErrorMessage } from '@/newsletter/subscribe/signUpErrors'
import { NEWSLETTER_PATH, NEWSLETTER_SIGN_UP_API_PATH } from '@/routes'

type Props = {
  /** Which form this is; it is recorded with the reader's consent. */
  source: FormName
  /** The `error` query parameter a refused sign-up comes back with (only the newsletter page reads it). */
  error?: string | string[]
}

/**
 * The newsletter's sign-up: an email address only, what arrives and how often, and the
 * archive. A plain form post, so it works without JavaScript, and it reads no request
 * data, so the static pages that show it stay static: a refused sign-up is sent to the
 * newsletter page's form, which shows why.
 */
export function SignUpForm({ source, error }: Props) {
  const message = signUpErrorMessage(error)
  return (
    <aside className="callout sign-up" id="sign-up" aria-labelledby="sign-up-title">
      <h2 id="sign-up-title">One concept and one use case, every Tuesday</h2>
      <p>
        The Groundwork newsletter brings one AI concept, clearly explained, and one real-world use case of it every
        Tuesday. Nothing else, and one click unsubscribes. <Link href={NEWSLETTER_PATH}>Read past issues</Link>
      </p>
      <form className="sign-up-form" method="post" action={NEWSLETTER_SIGN_UP_API_PATH}>
        <input type="hidden" name={SIGN_UP_FIELDS.source} value={source} />
        <label htmlFor="sign-up-email">Email address</label>
        <div className="sign-up-row">
          <input
            id="sign-up-email"
            type="email"
            name={SIGN_UP_FIELDS.email}
            autoComplete="email"
            required
            maxLength={MAX_ADDRESS_LENGTH}
            aria-describedby={message ? 'sign-up-error sign-up-hint' : 'sign-up-hint'}
            aria-invalid={message ? true : undefined}
          />
          <button type="submit" className="button button-primary">
            Subscribe
          </button>
        </div>
        {message ? (
          <p id="sign-up-error" className="sign-up-error">
            {message}
          </p>
        ) : null}
        <p id="sign-up-hint" className="sign-up-hint">
          We will email you a link to confirm.
        </p>
        <div className="visually-hidden" aria-hidden="true">
          <label>
            Leave this field empty
            <input type="text" name={SIGN_UP_FIELDS.honeypot} tabIndex={-1} autoComplete="off" />
          </label>
        </div>
      </form>
    </aside>
  )
}
