// The soak's HTTP client: every request is timed and tallied by kind, JSON answers are
// parsed, and a refusal keeps its message so the report can say why it happened.
import type { RequestKind, Traffic } from './traffic'

export type Answer<T> = {
  /** null when no answer came (the connection was refused or dropped). */
  status: number | null
  ok: boolean
  json?: T
  text: string
  /** Why it failed: the API's error message, the status, or the network error. */
  reason?: string
}

type RequestOptions = { token?: string; body?: object }

type ApiErrors = { errors?: { message?: string }[] }

/** The request without its query, ids replaced by `:id`, so that refusals group. */
const route = (method: string, path: string) => `${method} ${path.split('?')[0].replace(/\/\d+(?=\/|$)/g, '/:id')}`

function parsedJson(response: Response, text: string): unknown {
  if (!response.headers.get('content-type')?.includes('json')) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export class SoakClient {
  constructor(
    private readonly origin: string,
    private readonly traffic: Traffic,
  ) {}

  async request<T>(
    kind: RequestKind,
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    { token, body }: RequestOptions = {},
  ): Promise<Answer<T>> {
    const started = performance.now()
    try {
      const response = await fetch(this.origin + path, {
        method,
        redirect: 'manual',
        headers: {
          ...(token ? { authorization: `JWT ${token}` } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      })
      const text = await response.text()
      const json = parsedJson(response, text)
      const ok = response.status < 300
      const reason = ok
        ? undefined
        : ((json as ApiErrors | undefined)?.errors?.[0]?.message ?? `HTTP ${response.status}`)
      this.traffic.record(kind, response.status, performance.now() - started, `${route(method, path)}: ${reason}`)
      return { status: response.status, ok, json: json as T | undefined, text, reason }
    } catch (error) {
      const reason =
        error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : 'failed'
      this.traffic.record(kind, null, performance.now() - started, `${route(method, path)}: ${reason}`)
      return { status: null, ok: false, text: '', reason }
    }
  }
}
