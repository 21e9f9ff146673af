// Calls the app's real REST and GraphQL route handlers (app/(payload)/api) with
// real Request objects, as Next does, without starting a server.
import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { POST as graphql } from '../../app/(payload)/api/graphql/route'

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}

type RestOptions = { body?: unknown; form?: FormData; token?: string; authorization?: string }

function headers(token?: string, json = false, authorization = token ? `JWT ${token}` : undefined): HeadersInit {
  return {
    ...(json ? { 'content-type': 'application/json' } : {}),
    ...(authorization ? { authorization } : {}),
  }
}

export async function rest(
  method: keyof typeof handlers,
  path: string,
  { body, form, token, authorization }: RestOptions = {},
) {
  const url = new URL(`http://localhost/api/${path}`)
  const request = new Request(url, {
    method,
    headers: headers(token, body !== undefined, authorization),
    body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

export async function graphqlQuery(query: string, token?: string) {
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: headers(token, true),
    body: JSON.stringify({ query }),
  })
  const response = await graphql(request)
  return {
    status: response.status,
    json: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] },
  }
}
