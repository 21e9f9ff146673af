// What an SMTP error means for a delivery. A 5xx reply to the reader's address (RCPT TO, or an
// LMTP server's answer for that recipient) is the receiving server's final word: no such
// mailbox, refused; the address bounced. Every other failure may work later, and is no fault of
// the reader's: a 4xx reply, a connection that failed before any reply, and a 5xx about the
// sending itself (a refused sign-in, sender or message), which the site's settings or the
// provider must put right and which would otherwise bounce every reader at once.
export type SmtpFailure = { bounced: boolean; reason: string }

const REASON_MAX_CHARS = 500

type SmtpError = { responseCode?: unknown; command?: unknown; recipient?: unknown; message?: unknown }

export function smtpFailure(error: unknown): SmtpFailure {
  const { responseCode, command, recipient, message } = (error ?? {}) as SmtpError
  const permanent = typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600
  const aboutTheReader = command === 'RCPT TO' || typeof recipient === 'string'
  return {
    bounced: permanent && aboutTheReader,
    reason: String(message ?? error).slice(0, REASON_MAX_CHARS),
  }
}
