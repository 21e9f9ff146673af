// A 429 (too many requests) or a 503 (database unreachable) tells the client when to try
// again: the error carries the seconds in its data (REST: errors[0].data, GraphQL:
// errors[0].extensions.data), the route puts them in `Retry-After`. GraphQL answers errors
// with 200, so there the status comes from the error's extensions.statusCode.
type RetryableError = {
  data?: { retryAfterSeconds?: unknown }
  extensions?: RetryableError & { statusCode?: unknown }
}

function retryable(body: unknown): { seconds: number; status?: number } | undefined {
  const first = (body as { errors?: RetryableError[] } | null)?.errors?.[0]
  const seconds = first?.data?.retryAfterSeconds ?? first?.extensions?.data?.retryAfterSeconds
  if (typeof seconds !== 'number') return undefined
  const status = first?.extensions?.statusCode
  return { seconds, status: typeof status === 'number' ? status : undefined }
}

/** REST errors carry their own status, so only those are read; GraphQL's come with 200. */
export async function withRetryAfter(response: Response, { rest }: { rest: boolean }): Promise<Response> {
  const worthReading = rest ? [429, 503] : [200, 429, 503]
  if (!worthReading.includes(response.status)) return response
  if (!response.headers.get('content-type')?.includes('json')) return response
  const retry = retryable(
    await response
      .clone()
      .json()
      .catch(() => null),
  )
  if (!retry) return response
  const headers = new Headers(response.headers)
  headers.set('Retry-After', String(retry.seconds))
  return new Response(response.body, { status: retry.status ?? response.status, headers })
}
