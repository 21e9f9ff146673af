// How the newsletter's endpoints answer: a form post is sent on to a page (303, so the
// browser GETs it and a reload posts nothing twice), a JSON client gets JSON. Refusals have
// the shape of the API's others: { errors: [{ message }] }. None of it may be cached.
const NOT_CACHED = { 'cache-control': 'no-store' }

/** A relative Location keeps the reader on the host they posted to (CSP form-action 'self' follows redirects). */
export function seeOther(path: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { ...NOT_CACHED, ...headers, location: path } })
}

export function jsonAnswer(status: number, body: { message: string }): Response {
  return Response.json(body, { status, headers: NOT_CACHED })
}

export function jsonRefusal(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { ...NOT_CACHED, ...headers } })
}
