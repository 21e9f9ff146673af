// Why a sign-up was refused, as a short code (the form's page shows it from `?error=`) and
// the sentence a reader sees, on the page or in a JSON answer.
export const SIGN_UP_ERRORS = {
  'invalid-email': 'Enter a valid email address, such as name@example.com.',
  'invalid-source': 'Choose the form you signed up from: home, concept or newsletter.',
  'too-many-requests': 'Too many sign-ups from here just now. Please try again in a few minutes.',
  'not-sent': 'We could not send the confirmation email just now. Please try again in a few minutes.',
} as const

export type SignUpError = keyof typeof SIGN_UP_ERRORS

/** The message for an `?error=` value, or undefined for none or one this form never sends. */
export function signUpErrorMessage(code: string | string[] | undefined): string | undefined {
  return typeof code === 'string' && Object.hasOwn(SIGN_UP_ERRORS, code)
    ? SIGN_UP_ERRORS[code as SignUpError]
    : undefined
}
