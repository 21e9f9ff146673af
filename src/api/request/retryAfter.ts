// A 429 tells the client when to try again: the refusal carries the seconds in its data
// (REST: errors[0].data, GraphQL: errors[0].extensions.data), the route puts them in
// `Retry-After`. GraphQL answers errors with 200, so a refused-by-limit answer becomes a 429.
type RateLimitedError = {
  data?: { retryAfterSeconds?: unknown }
  extensions?: RateLimitedError & { statusCode?: unknown }
}

function retryAfterSeconds(body: unknown): number | undefined {
  const first = (body as { errors?: RateLimitedError[] } | null)?.errors?.[0]
  const seconds = first?.data?.retryAfterSeconds ?? first?.extensions?.data?.retryAfterSeconds
  return typeof seconds === 'number' ? seconds : undefined
}

export async function withRetryAfter(response: Response): Promise<Response> {
  if (response.status !== 429 && response.status !== 200) return response
  if (!response.headers.get('content-type')?.includes('json')) return response
  const seconds = retryAfterSeconds(
    await response
      .clone()
      .json()
      .catch(() => null),
  )
  if (seconds === undefined) return response
  const headers = new Headers(response.headers)
  headers.set('Retry-After', String(seconds))
  return new Response(response.body, { status: 429, headers })
}
