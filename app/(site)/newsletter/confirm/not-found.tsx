import { SignUpForm } from '@/components/newsletter/SignUpForm'
import { CONFIRM_TOKEN_LIFETIME_HOURS } from '@/newsletter/subscribe/confirmToken'

/** A confirmation link that was used already, has expired, or never existed (a 404, and a way to start again). */
export default function ConfirmLinkNotValid() {
  return (
    <div className="page reading">
      <h1>This link has expired or was already used</h1>
      <p className="lead">A confirmation link works once, for {CONFIRM_TOKEN_LIFETIME_HOURS} hours.</p>
      <p>
        If you have confirmed already, you are subscribed and there is nothing more to do. If not, sign up again and we
        will send you a new link.
      </p>
      <SignUpForm source="newsletter" />
    </div>
  )
}
