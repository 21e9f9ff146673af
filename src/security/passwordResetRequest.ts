// "Forgot password" answers at once and the same for every address; the reset email goes out
// after the answer. Payload's own endpoint updates the account and waits for the email only
// when the address has one, so its timing told staff addresses from others (16–20 ms against
// 50 ms and more, longer with a slow mail server). This endpoint takes its place at
// POST /api/users/forgot-password: it counts the request against the limits (a 429 as before)
// and hands the address to Payload's own operation, unawaited. A failure to send is logged.
import { addDataAndFileToRequest, APIError, type Endpoint, type Payload, type PayloadRequest } from 'payload'
import { clientAddress } from './rateLimits/clientAddress'
import { enforceLimits } from './rateLimits/enforceLimits'

/** The address asked for, from a JSON body or the admin form's (Payload's `_payload` field). */
async function requestedEmail(req: PayloadRequest): Promise<string> {
  await addDataAndFileToRequest(req).catch(() => undefined)
  const email = (req.data as { email?: unknown } | undefined)?.email
  if (typeof email !== 'string' || email.trim() === '') {
    throw new APIError('Send the account’s email address as "email".', 400, null, true)
  }
  return email.trim().toLowerCase()
}

function sendResetAfterAnswer(payload: Payload, email: string): void {
  payload
    .forgotPassword({ collection: 'users', data: { email } })
    .catch((error: unknown) => payload.logger.error({ err: error, msg: 'A password reset email could not be sent.' }))
}

export const forgotPasswordEndpoint: Endpoint = {
  method: 'post',
  path: '/forgot-password',
  handler: async (req) => {
    const email = await requestedEmail(req)
    await enforceLimits(req.payload, 'password reset emails', {
      passwordEmailPerClient: clientAddress(req.headers),
      passwordEmailPerAddress: email,
    })
    sendResetAfterAnswer(req.payload, email)
    return Response.json({ message: req.t('general:success') })
  },
}
