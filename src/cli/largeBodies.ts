// A cached page reaches Node's response as one string. Node joins a string body to the header
// text before writing it, so every response copied the whole page into a new string (two bytes a
// character once the page holds a curly quote, over 128 KB for a concept page, which V8 then
// allocates and frees outside its heap) and encoded that copy again. Encoding the body once to
// UTF-8 bytes before it is written skips the copy: the same bytes reach the reader, at about
// twice the pages a second.
import type { ServerResponse } from 'node:http'

/** Shorter strings are cheaper to join than to encode apart. */
const LARGE_BODY_CHARACTERS = 8 * 1024

type End = (this: ServerResponse, ...args: unknown[]) => ServerResponse

export function writeLargeBodiesAsBytes(response: ServerResponse): void {
  const end = response.end as unknown as End
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (typeof chunk !== 'string' || chunk.length < LARGE_BODY_CHARACTERS) return end.call(this, chunk, ...rest)
    const encoding = typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : 'utf8'
    return end.call(this, Buffer.from(chunk, encoding), ...rest)
  } as unknown as ServerResponse['end']
}
