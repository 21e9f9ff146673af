// Payload's admin sends long reads (a relationship field's options) as a POST with
// `X-Payload-HTTP-Method-Override: GET` and the query string as a form body; Payload then
// runs them as that GET. They are checked as the GET they stand for.

function overridesToGet(request: Request): boolean {
  return (
    request.method === 'POST' &&
    (request.headers.get('x-payload-http-method-override') === 'GET' ||
      request.headers.get('x-http-method-override') === 'GET')
  )
}

/** The address whose query Payload will run: the request's own, or the one a form-encoded override carries. */
export async function readAddress(request: Request): Promise<{ url: URL; bodyIsQuery: boolean }> {
  const url = new URL(request.url)
  const isForm = request.headers.get('content-type') === 'application/x-www-form-urlencoded'
  if (!overridesToGet(request) || !isForm) return { url, bodyIsQuery: false }
  url.search = await request.clone().text()
  return { url, bodyIsQuery: true }
}
