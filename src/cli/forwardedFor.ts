// Who connected, for the rate limits: Next sets X-Forwarded-For only when the request has
// none, so a client could name any address it liked and start a fresh count with each. The
// production server appends the address of the connection itself, as a proxy does; the
// entries before it are the client's (or a trusted proxy's) word.
import type { IncomingMessage } from 'node:http'

export function appendConnectingAddress(request: IncomingMessage): void {
  const connecting = request.socket.remoteAddress
  if (!connecting) return
  const sent = request.headers['x-forwarded-for']
  const earlier = (Array.isArray(sent) ? sent.join(', ') : sent)?.trim()
  request.headers['x-forwarded-for'] = earlier ? `${earlier}, ${connecting}` : connecting
}
