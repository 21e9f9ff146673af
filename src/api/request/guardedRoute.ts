// The checks every API request passes before Payload sees it: an address that decodes, a
// body that is what it claims to be, and (REST) a query Payload can run. A refused request
// gets a 4xx with a message and never reaches a hook or the database.
import { readAddress } from './methodOverride'
import { requestBodyRefusal } from './requestBody'
import { queryRefusal } from './queryParameters'
import { refuse, refusalResponse, type Refusal } from './refusal'
import { withRetryAfter } from './retryAfter'

function pathRefusal(url: URL): Refusal | undefined {
  try {
    url.pathname.split('/').forEach((segment) => decodeURIComponent(segment))
    return undefined
  } catch {
    return refuse(400, 'The address holds a malformed percent-encoding (such as %E0%A4%A).')
  }
}

type Route<TContext extends unknown[]> = (request: Request, ...context: TContext) => Promise<Response>
type Surface = { rest: boolean }

/** The route handler behind the checks; `rest` adds the query and multipart rules and Retry-After of the REST API. */
export function guardedRoute<TContext extends unknown[]>(handler: Route<TContext>, { rest }: Surface): Route<TContext> {
  return async (request, ...context) => {
    const { url, bodyIsQuery } = await readAddress(request)
    const refusal =
      pathRefusal(url) ??
      (rest ? queryRefusal(url) : undefined) ??
      (bodyIsQuery ? undefined : await requestBodyRefusal(request, { formAllowed: rest }))
    if (refusal) return refusalResponse(refusal)
    const response = await handler(request, ...context)
    return rest ? withRetryAfter(response) : response
  }
}
