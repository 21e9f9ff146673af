// The newsletter's forms post a few short fields. A body is read only up to 4 KB: a larger
// one (or one that says it is larger) is refused with a 413 before any of it is parsed.

export const MAX_FORM_BYTES = 4 * 1024

export type FormBody = { kind: 'form' | 'json' | 'other'; fields: Record<string, string> }
export type BodyRefusal = { status: 400 | 413; message: string }

const TOO_LARGE: BodyRefusal = {
  status: 413,
  message: `The form is larger than ${MAX_FORM_BYTES / 1024} KB; it only needs an email address.`,
}

/** The body's bytes, or undefined as soon as there are more than MAX_FORM_BYTES of them. */
async function boundedBytes(request: Request): Promise<Uint8Array | undefined> {
  if (Number(request.headers.get('content-length')) > MAX_FORM_BYTES) return undefined
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength
    if (size > MAX_FORM_BYTES) {
      await reader.cancel()
      return undefined
    }
    chunks.push(read.value)
  }
  return Buffer.concat(chunks)
}

function stringFields(entries: Iterable<[string, unknown]>): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const [name, value] of entries) if (typeof value === 'string') fields[name] = value
  return fields
}

function jsonFields(text: string): Record<string, string> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    return stringFields(Object.entries(value))
  } catch {
    return undefined
  }
}

/**
 * A form post (application/x-www-form-urlencoded) or a JSON object, as string fields. Other
 * bodies come back as `other` with no fields: the one-click unsubscribe takes any (RFC 8058
 * mail clients may send multipart/form-data), and the other forms refuse them.
 */
export async function readFormBody(request: Request): Promise<FormBody | BodyRefusal> {
  const bytes = await boundedBytes(request)
  if (!bytes) return TOO_LARGE
  const text = new TextDecoder().decode(bytes)
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (type === 'application/x-www-form-urlencoded')
    return { kind: 'form', fields: stringFields(new URLSearchParams(text)) }
  if (type !== 'application/json') return { kind: 'other', fields: {} }
  const fields = jsonFields(text)
  return fields ? { kind: 'json', fields } : { status: 400, message: 'The request body must be a JSON object.' }
}

export const isRefusal = (body: FormBody | BodyRefusal): body is BodyRefusal => 'status' in body
