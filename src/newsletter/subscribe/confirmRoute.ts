// POST /api/newsletter/confirm with the token from the confirmation email, as the confirm
// page's button posts it (or JSON). A form post goes on to "You're subscribed", or back to
// the confirm page, which explains a used or expired link with a 404; JSON gets 200, or 400
// for a malformed token and 410 for one that is used, expired or never existed.
import { payloadClient } from '@/content/payloadClient'
import { NEWSLETTER_SUBSCRIBED_PATH, newsletterConfirmPath } from '@/routes'
import { jsonAnswer, jsonRefusal, seeOther } from './answers'
import { confirmSubscription } from './confirmSubscription'
import { foreignPageRefusal, fromForeignPage } from './crossSiteForms'
import { isRefusal, readFormBody } from './formBody'
import { CONFIRM_TOKEN_FIELD } from './formFields'

const MALFORMED = 'This confirmation link is not valid. Open the link exactly as it is in the email.'
const EXPIRED_OR_USED =
  'This confirmation link has expired or was already used. If you have not confirmed yet, sign up again for a new one.'

export async function answerConfirm(request: Request): Promise<Response> {
  if (fromForeignPage(request)) return foreignPageRefusal()
  const body = await readFormBody(request)
  if (isRefusal(body)) return jsonRefusal(body.status, body.message)
  const token = body.fields[CONFIRM_TOKEN_FIELD]
  const outcome = await confirmSubscription(await payloadClient(), token)
  if (body.kind === 'form') {
    return seeOther(outcome === 'confirmed' ? NEWSLETTER_SUBSCRIBED_PATH : newsletterConfirmPath(token ?? ''))
  }
  if (outcome === 'malformed') return jsonRefusal(400, MALFORMED)
  if (outcome === 'expired-or-used') return jsonRefusal(410, EXPIRED_OR_USED)
  return jsonAnswer(200, { message: 'You’re subscribed. The next issue arrives on Tuesday.' })
}
