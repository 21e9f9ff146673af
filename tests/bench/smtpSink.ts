// An SMTP server on 127.0.0.1 for the newsletter bench: accepts every message as fast as it
// can, reads and drops the data, and only counts. (tests/helpers/smtpPeer.ts parses and keeps
// each message, which tests need and 10,000 messages do not.)
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type SmtpSink = { url: string; accepted: () => number; close: () => Promise<void> }

export async function startSmtpSink(): Promise<SmtpSink> {
  let accepted = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.resume()
      stream.on('end', () => {
        accepted += 1
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted: () => accepted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
