// The field names of the newsletter's forms, shared by the pages that render them and the
// endpoints that read them.
import { SIGN_UP_FORMS, type SignUpForm } from '@/newsletter/subscriberStates'

export const SIGN_UP_FIELDS = {
  email: 'email',
  source: 'source',
  /** Hidden from people (and screen readers); a bot that fills in every field fills this one too. */
  honeypot: 'website',
} as const

export function signUpSourceOf(value: string | undefined): SignUpForm | undefined {
  return SIGN_UP_FORMS.find((form) => form === value)
}

/** The confirm page's button posts the token from the email in this field. */
export const CONFIRM_TOKEN_FIELD = 'token'

/** The unsubscribe page's button sends this too, so its reader gets a page rather than JSON. */
export const FROM_UNSUBSCRIBE_PAGE = { name: 'from', value: 'page' } as const
