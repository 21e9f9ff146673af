// What an SMTP error means for a delivery. A 5xx reply is the receiving server's final word
// (no such mailbox, refused): the address bounced. Anything else, a 4xx reply or a connection
// that failed before any reply, may work later.
export type SmtpFailure = { permanent: boolean; reason: string }

const REASON_MAX_CHARS = 500

export function smtpFailure(error: unknown): SmtpFailure {
  const { responseCode, message } = (error ?? {}) as { responseCode?: unknown; message?: unknown }
  const code = typeof responseCode === 'number' ? responseCode : undefined
  return {
    permanent: code !== undefined && code >= 500 && code < 600,
    reason: String(message ?? error).slice(0, REASON_MAX_CHARS),
  }
}
