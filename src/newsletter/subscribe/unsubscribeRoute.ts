// /api/newsletter/unsubscribe?token=…, the address in every issue's List-Unsubscribe header.
// POST unsubscribes (RFC 8058: mail clients post `List-Unsubscribe=One-Click`, as form data
// of either kind, with no cookie or session) and answers 200; the unsubscribe page's button
// posts here too and is sent on to "You're unsubscribed". GET, which link scanners and
// prefetchers send on their own, only leads to that page. Any origin may post: the signed
// token is the whole authority, and mail clients post from their own servers.
import { payloadClient } from '@/content/payloadClient'
import { NEWSLETTER_UNSUBSCRIBED_PATH } from '@/routes'
import { UNSUBSCRIBE_PAGE_PATH } from '@/newsletter/unsubscribeLinks'
import { jsonAnswer, jsonRefusal, seeOther } from './answers'
import { isRefusal, readFormBody } from './formBody'
import { FROM_UNSUBSCRIBE_PAGE } from './formFields'
import { unsubscribe } from './unsubscribe'

const tokenOf = (request: Request) => new URL(request.url).searchParams.get('token') ?? ''
const unsubscribePage = (token: string) => `${UNSUBSCRIBE_PAGE_PATH}?${new URLSearchParams({ token })}`

export async function answerUnsubscribe(request: Request): Promise<Response> {
  const body = await readFormBody(request)
  if (isRefusal(body)) return jsonRefusal(body.status, body.message)
  const token = tokenOf(request)
  const outcome = await unsubscribe(await payloadClient(), token)
  if (body.fields[FROM_UNSUBSCRIBE_PAGE.name] === FROM_UNSUBSCRIBE_PAGE.value) {
    return seeOther(outcome === 'unsubscribed' ? NEWSLETTER_UNSUBSCRIBED_PATH : unsubscribePage(token))
  }
  if (outcome === 'invalid-link') {
    return jsonRefusal(
      400,
      'This unsubscribe link is not valid. Use the link from the bottom of an issue, exactly as it is.',
    )
  }
  return jsonAnswer(200, { message: 'You’re unsubscribed. You will get no more issues.' })
}

export const showUnsubscribePage = (request: Request): Response => seeOther(unsubscribePage(tokenOf(request)))
