// Where each address stands, and the forms a reader can sign up from (recorded as consent).
export const SUBSCRIBER_STATES = ['pending', 'confirmed', 'unsubscribed', 'bounced'] as const
export type SubscriberState = (typeof SUBSCRIBER_STATES)[number]

export const SUBSCRIBER_STATE_LABELS: Record<SubscriberState, string> = {
  pending: 'Waiting for confirmation',
  confirmed: 'Confirmed',
  unsubscribed: 'Unsubscribed',
  bounced: 'Bounced',
}

export const SIGN_UP_FORMS = ['home', 'concept', 'newsletter'] as const
export type SignUpForm = (typeof SIGN_UP_FORMS)[number]

export const SIGN_UP_FORM_LABELS: Record<SignUpForm, string> = {
  home: 'Home page',
  concept: 'A concept page',
  newsletter: 'The newsletter page',
}
