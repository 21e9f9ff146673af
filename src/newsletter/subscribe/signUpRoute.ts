// POST /api/newsletter/subscribe: a form post from the sign-up form (no JavaScript needed)
// or JSON. Every address that passes the checks gets the same answer, whatever its state:
// the form is sent on to "check your inbox" (303), JSON gets a 202 with the same body.
import type { Payload } from 'payload'
import { payloadClient } from '@/content/payloadClient'
import { NEWSLETTER_SIGNED_UP_PATH, newsletterSignUpPath } from '@/routes'
import { clientAddress } from '@/security/rateLimits/clientAddress'
import { enforceLimits } from '@/security/rateLimits/enforceLimits'
import { TooManyRequests } from '@/security/rateLimits/tooManyRequests'
import { jsonAnswer, jsonRefusal, seeOther } from './answers'
import { CONFIRM_TOKEN_LIFETIME_HOURS } from './confirmToken'
import { foreignPageRefusal, fromForeignPage } from './crossSiteForms'
import { emailAddressOf, mailboxOf } from './emailAddress'
import { isRefusal, readFormBody } from './formBody'
import { signUp } from './signUp'
import { SIGN_UP_ERRORS, type SignUpError } from './signUpErrors'
import { SIGN_UP_FIELDS, signUpSourceOf } from './formFields'

const CHECK_YOUR_INBOX = `Check your inbox for an email from Groundwork. To subscribe, open the link in it within ${CONFIRM_TOKEN_LIFETIME_HOURS} hours.`

type Answers = {
  accepted: () => Response
  refused: (error: SignUpError, status: number, message?: string, headers?: Record<string, string>) => Response
}

/** A form post goes to a page: "check your inbox", or the newsletter page's form with the reason. */
const formAnswers: Answers = {
  accepted: () => seeOther(NEWSLETTER_SIGNED_UP_PATH),
  refused: (error) => seeOther(newsletterSignUpPath(error)),
}

const jsonAnswers: Answers = {
  accepted: () => jsonAnswer(202, { message: CHECK_YOUR_INBOX }),
  refused: (error, status, message = SIGN_UP_ERRORS[error], headers) => jsonRefusal(status, message, headers),
}

async function limitExceeded(payload: Payload, request: Request, email: string): Promise<TooManyRequests | undefined> {
  try {
    await enforceLimits(payload, 'newsletter sign-ups', {
      newsletterSignUpPerClient: clientAddress(request.headers),
      newsletterSignUpPerAddress: mailboxOf(email),
    })
    return undefined
  } catch (error) {
    if (error instanceof TooManyRequests) return error
    throw error
  }
}

export async function answerSignUp(request: Request): Promise<Response> {
  if (fromForeignPage(request)) return foreignPageRefusal()
  const body = await readFormBody(request)
  if (isRefusal(body)) return jsonRefusal(body.status, body.message)
  if (body.kind === 'other') {
    return jsonRefusal(415, 'Send the form as application/x-www-form-urlencoded or application/json.')
  }
  const answer = body.kind === 'form' ? formAnswers : jsonAnswers
  if (body.fields[SIGN_UP_FIELDS.honeypot]) return answer.accepted()
  const email = emailAddressOf(body.fields[SIGN_UP_FIELDS.email])
  if (!email) return answer.refused('invalid-email', 400)
  const source = signUpSourceOf(body.fields[SIGN_UP_FIELDS.source])
  if (!source) return answer.refused('invalid-source', 400)

  const payload = await payloadClient()
  const overLimit = await limitExceeded(payload, request, email)
  if (overLimit) {
    const retryAfter = String(overLimit.data.retryAfterSeconds)
    return answer.refused('too-many-requests', 429, overLimit.message, { 'retry-after': retryAfter })
  }
  const outcome = await signUp(payload, { email, source })
  return outcome === 'not-sent' ? answer.refused('not-sent', 503) : answer.accepted()
}
