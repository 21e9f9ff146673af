// Requests whose address and headers are too long for Node's parser (16 KB by default: a
// query string of a megabyte, say) never reach Next. Node would close them with a bare 431;
// this answers with a line that says what to change, then closes. The client may still be
// sending the rest of its request: that is read and dropped until it has sent it all (or
// for a few seconds at most), as closing at once would break its write before it reads
// the answer.
import type http from 'node:http'
import type { Duplex } from 'node:stream'

const TOO_LONG =
  'The address or headers of this request are too long. Shorten the query (searches take at most 200 characters).\n'

/** How long the rest of an answered request is read and dropped before the connection closes anyway. */
const DRAIN_LIMIT_MS = 5_000

export function explainOversizedRequests(server: http.Server): void {
  const answered = new WeakSet<Duplex>()
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (answered.has(socket)) return
    if (!socket.writable) return void socket.destroy()
    answered.add(socket)
    setTimeout(() => socket.destroy(), DRAIN_LIMIT_MS).unref()
    if (error.code !== 'HPE_HEADER_OVERFLOW') {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
      return
    }
    socket.end(
      `HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: text/plain; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(TOO_LONG)}\r\nConnection: close\r\n\r\n${TOO_LONG}`,
    )
  })
}
