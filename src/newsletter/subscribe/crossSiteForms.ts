// A page on another site could post these forms from its visitors' browsers (to spread
// sign-ups over many clients and slip past the limits, say). Browsers name the posting
// page's origin; one that is not the site's own is refused, as Payload refuses a session
// used from another origin (the same list, src/security/allowedOrigins.ts). Requests with
// no Origin (curl, mail servers) do not come from a browser on someone else's page.
import { allowedOrigins } from '@/security/allowedOrigins'
import { jsonRefusal } from './answers'

export function fromForeignPage(request: Request): boolean {
  const origin = request.headers.get('origin')
  return origin !== null && !allowedOrigins().includes(origin)
}

export const foreignPageRefusal = () => jsonRefusal(403, 'This form can only be sent from Groundwork’s own pages.')
