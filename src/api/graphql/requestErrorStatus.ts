// GraphQL answers a request it refuses before running it (a parse or validation error, such
// as a query over the depth or size limits) with 200 when the client asks for JSON. Clients,
// proxies and monitoring read the status, so those answers become a 400, as the
// GraphQL-over-HTTP spec gives them for its own media type: such a body has no `data` key.
type Handler = (request: Request) => Promise<Response>

export function withRequestErrorStatus(handler: Handler): Handler {
  return async (request) => {
    const response = await handler(request)
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) return response
    const body = await response.text()
    const refused = isRequestError(body)
    return new Response(body, { status: refused ? 400 : 200, headers: response.headers })
  }
}

function isRequestError(body: string): boolean {
  try {
    const result = JSON.parse(body) as { data?: unknown; errors?: unknown[] }
    return !('data' in result) && Array.isArray(result.errors) && result.errors.length > 0
  } catch {
    return false
  }
}
