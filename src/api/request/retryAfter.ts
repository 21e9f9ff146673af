// A REST 429 (too many requests) or 503 (database unreachable) tells the client when to try
// again: the error carries the seconds in errors[0].data, the route puts them in
// `Retry-After`. (GraphQL answers its errors with 200; see src/api/graphql/requestErrorStatus.ts.)
type RetryableBody = { errors?: { data?: { retryAfterSeconds?: unknown } }[] }

export async function withRetryAfter(response: Response): Promise<Response> {
  if (response.status !== 429 && response.status !== 503) return response
  if (!response.headers.get('content-type')?.includes('json')) return response
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as RetryableBody | null
  const seconds = body?.errors?.[0]?.data?.retryAfterSeconds
  if (typeof seconds !== 'number') return response
  const headers = new Headers(response.headers)
  headers.set('Retry-After', String(seconds))
  return new Response(response.body, { status: response.status, headers })
}
