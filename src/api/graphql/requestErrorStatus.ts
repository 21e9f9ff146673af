// GraphQL answers with 200 when the client asks for JSON, whatever went wrong. Clients,
// proxies and monitoring read the status, so the body is read once here and:
// - a request refused before it ran (a parse or validation error, such as a query over the
//   depth or size limits; such a body has no `data` key) becomes a 400, as the
//   GraphQL-over-HTTP spec gives them for its own media type;
// - a request refused by a rate limit (429) or for an unreachable database (503) gets that
//   status and `Retry-After`, from the error's extensions.
type Handler = (request: Request) => Promise<Response>

type GraphQLBody = {
  data?: unknown
  errors?: { extensions?: { statusCode?: unknown; data?: { retryAfterSeconds?: unknown } } }[]
}

function answerFor(body: string): { status: number; retryAfterSeconds?: number } {
  let result: GraphQLBody
  try {
    result = JSON.parse(body) as GraphQLBody
  } catch {
    return { status: 200 }
  }
  const errors = Array.isArray(result.errors) ? result.errors : []
  if (!('data' in result) && errors.length > 0) return { status: 400 }
  const { statusCode, data } = errors[0]?.extensions ?? {}
  const seconds = data?.retryAfterSeconds
  if (typeof statusCode === 'number' && typeof seconds === 'number')
    return { status: statusCode, retryAfterSeconds: seconds }
  return { status: 200 }
}

export function withRequestErrorStatus(handler: Handler): Handler {
  return async (request) => {
    const response = await handler(request)
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) return response
    const body = await response.text()
    const { status, retryAfterSeconds } = answerFor(body)
    const headers = new Headers(response.headers)
    if (retryAfterSeconds !== undefined) headers.set('Retry-After', String(retryAfterSeconds))
    return new Response(body, { status, headers })
  }
}
