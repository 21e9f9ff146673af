// A write's body must be what it claims to be: a JSON object, or a multipart form whose
// `_payload` part is one (how the admin sends uploads). Anything else failed inside Payload
// with a 500: `null`, a bare string, text/plain, XML, a form post, 100,000-deep JSON.
import { jsonNesting } from './jsonNesting'
import { refuse, type Refusal } from './refusal'

/** The largest JSON body accepted: a long concept with its rich text is well under 1 MB. */
const MAX_JSON_BYTES = 2 * 1024 * 1024
/** How deeply a body may nest; rich text nests about four levels per list level. */
const MAX_JSON_NESTING = 100

const METHODS_WITH_BODY = new Set(['POST', 'PATCH', 'PUT'])

function jsonObjectRefusal(text: string, what: string): Refusal | undefined {
  if (jsonNesting(text) > MAX_JSON_NESTING) return refuse(400, `${what} nests deeper than ${MAX_JSON_NESTING} levels.`)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return refuse(400, `${what} is not valid JSON.`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse(400, `${what} must be a JSON object.`)
  }
  return undefined
}

async function multipartRefusal(request: Request): Promise<Refusal | undefined> {
  let form: FormData
  try {
    form = await request.clone().formData()
  } catch {
    return refuse(400, 'The multipart form in the request body is malformed.')
  }
  const payload = form.get('_payload')
  if (payload === null) return undefined
  if (typeof payload !== 'string') return refuse(400, 'The form field "_payload" must be JSON text, not a file.')
  return jsonObjectRefusal(payload, 'The form field "_payload"')
}

/** Why the request's body cannot be taken, or undefined; `formAllowed` for REST, not GraphQL. */
export async function requestBodyRefusal(request: Request, { formAllowed }: { formAllowed: boolean }) {
  if (!METHODS_WITH_BODY.has(request.method)) return undefined
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (formAllowed && type === 'multipart/form-data') return multipartRefusal(request)
  const body = await request.clone().arrayBuffer()
  if (body.byteLength === 0) return undefined
  const isJson = type === 'application/json' || type.endsWith('+json')
  if (!isJson) {
    const accepted = formAllowed ? 'JSON (application/json) or multipart/form-data' : 'JSON (application/json)'
    return refuse(415, `The request body must be ${accepted}${type ? `, not ${type}` : ''}.`)
  }
  if (body.byteLength > MAX_JSON_BYTES) return refuse(413, 'The request body is larger than 2 MB.')
  const text = new TextDecoder('utf-8', { fatal: false }).decode(body)
  return jsonObjectRefusal(text, 'The request body')
}
