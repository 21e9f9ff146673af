// A real SMTP server on 127.0.0.1 for tests: it accepts what nodemailer sends and parses
// each message with mailparser. `reject` decides per recipient whether to answer with an
// SMTP error (550 for a permanent failure, 451 for a temporary one) instead of accepting.
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer, type SMTPServerAddress } from 'smtp-server'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll } from 'vitest'

export type ReceivedMail = { to: string[]; raw: string; parsed: ParsedMail }

export type SmtpPeerOptions = {
  /** An SMTP reply code to refuse this recipient with, or undefined to accept. */
  reject?: (recipient: string) => 450 | 451 | 550 | 553 | undefined
  /** Waits this long before accepting each message (to catch a send mid-way). */
  delayMs?: number
  /** Refuses every message once it has its content, with this reply (a content or quota refusal). */
  refuseMessage?: 552 | 554
  /** Refuses every sign-in with a 535, as for a wrong password in SMTP_URL. */
  refuseSignIn?: boolean
}

export type SmtpPeer = {
  url: string
  port: number
  received: ReceivedMail[]
  /** Messages received for one address, oldest first. */
  to(address: string): ReceivedMail[]
  /** The same messages as the reader's mail program shows them. */
  inbox(address: string): ParsedMail[]
  close(): Promise<void>
}

const refusal = (message: string, code: number) => Object.assign(new Error(message), { responseCode: code })

function rejection(code: number, recipient: string): Error & { responseCode: number } {
  const message = code >= 500 ? `Mailbox ${recipient} does not exist` : `Mailbox ${recipient} is busy, try later`
  return refusal(message, code)
}

export async function startSmtpPeer(options: SmtpPeerOptions = {}): Promise<SmtpPeer> {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (options.refuseSignIn) callback(refusal('Invalid username or password', 535))
      else callback(null, { user: auth.username })
    },
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const code = options.reject?.(address.address)
      callback(code ? rejection(code, address.address) : undefined)
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', async () => {
        if (options.refuseMessage) return callback(refusal('Message refused', options.refuseMessage))
        const raw = Buffer.concat(chunks).toString('utf8')
        if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs))
        received.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
          parsed: await simpleParser(raw),
        })
        callback()
      })
    },
  })
  // A sender killed mid-message (the crash test in newsletterSendOnce.test.ts) resets its
  // connections; the server reports that as an error event, which unheard would end the run.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET') throw error
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    to: (address) => received.filter((mail) => mail.to.includes(address)),
    inbox: (address) => received.filter((mail) => mail.to.includes(address)).map((mail) => mail.parsed),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * An SMTP peer that all of a test file's email goes to: started before its tests, with
 * SMTP_URL pointing at it, and closed after them, SMTP_URL put back. Read it inside tests.
 */
export function smtpPeerForThisFile(): () => SmtpPeer {
  let peer: SmtpPeer | undefined
  const urlBefore = process.env.SMTP_URL
  beforeAll(async () => {
    peer = await startSmtpPeer()
    process.env.SMTP_URL = peer.url
  })
  afterAll(async () => {
    if (urlBefore === undefined) delete process.env.SMTP_URL
    else process.env.SMTP_URL = urlBefore
    await peer?.close()
  })
  return () => {
    if (!peer) throw new Error('The SMTP peer starts in beforeAll; read it inside a test.')
    return peer
  }
}
