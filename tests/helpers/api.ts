// Calls the app's real REST and GraphQL route handlers (app/(payload)/api) with
// real Request objects, as Next does, without starting a server.
import { DELETE, GET, PATCH, POST } from '../../app/(payload)/api/[...slug]/route'
import { POST as graphql } from '../../app/(payload)/api/graphql/route'

const handlers = { GET, POST, PATCH, DELETE }

type RestOptions = {
  body?: unknown
  form?: FormData
  token?: string
  authorization?: string
  /** Sent as they are, besides the ones the options above make. */
  headers?: Record<string, string>
}

function headers(token?: string, json = false, authorization = token ? `JWT ${token}` : undefined): HeadersInit {
  return {
    ...(json ? { 'content-type': 'application/json' } : {}),
    ...(authorization ? { authorization } : {}),
  }
}

export async function rest(
  method: keyof typeof handlers,
  path: string,
  { body, form, token, authorization, headers: extraHeaders }: RestOptions = {},
) {
  const url = new URL(`http://localhost/api/${path}`)
  const request = new Request(url, {
    method,
    headers: { ...headers(token, body !== undefined, authorization), ...extraHeaders },
    body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

export async function graphqlQuery(query: string, token?: string, extraHeaders: Record<string, string> = {}) {
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { ...headers(token, true), ...extraHeaders },
    body: JSON.stringify({ query }),
  })
  const response = await graphql(request)
  return {
    status: response.status,
    json: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] },
  }
}

type RawOptions = { body?: BodyInit; contentType?: string; token?: string }

/** A REST request with any body and content type, as an attacker or a broken client sends it; the answer as text. */
export async function rawRest(
  method: keyof typeof handlers,
  path: string,
  { body, contentType, token }: RawOptions = {},
) {
  const url = new URL(`http://localhost/api/${path}`)
  const request = new Request(url, {
    method,
    headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers(token) },
    body,
  })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  return { status: response.status, text: await response.text() }
}

/** A GraphQL request with any body; the answer as text. */
export async function rawGraphql(body: string, token?: string) {
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: headers(token, true),
    body,
  })
  const response = await graphql(request)
  return { status: response.status, text: await response.text() }
}
