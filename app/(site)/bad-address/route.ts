// Next cannot decode an address with a malformed percent-encoding (/concepts/%E0%A4%A) and
// answers it with a bare 500 before any page runs; next.config.mjs rewrites such addresses
// here, for a 400 that says what is wrong.
import { CONCEPTS_PATH, HOME_PATH } from '@/routes'

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Address not valid · Groundwork</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<main>
<h1>This address is not valid</h1>
<p>Part of it is garbled, perhaps cut short when it was copied. Check the link, or start again from
<a href="${CONCEPTS_PATH}">all concepts, A to Z</a> or <a href="${HOME_PATH}">the home page</a>.</p>
</main>
</body>
</html>`

const MESSAGE = 'The address holds a malformed percent-encoding (such as %E0%A4%A).'

/** The API gets the JSON shape of its other refusals; everyone else a page. (A rewrite keeps the address asked for.) */
function badAddress(request: Request): Response {
  const headers = { 'cache-control': 'no-store' }
  if (new URL(request.url).pathname.startsWith('/api/')) {
    return Response.json({ errors: [{ message: MESSAGE }] }, { status: 400, headers })
  }
  return new Response(PAGE, { status: 400, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } })
}

export const GET = badAddress
export const HEAD = badAddress
export const POST = badAddress
