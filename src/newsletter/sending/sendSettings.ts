// How a send paces itself, from the environment as it is when the send starts:
//   NEWSLETTER_SEND_RATE               messages a second over all connections (default 50; 0: no limit)
//   NEWSLETTER_SMTP_CONNECTIONS        SMTP connections kept open at once (default 5)
//   NEWSLETTER_BATCH_SIZE              deliveries claimed at a time (default 100)
//   NEWSLETTER_RETRY_AFTER_SECONDS     wait before the first retry of a temporary failure; each
//                                      later retry waits twice as long (default 60)
export type SendSettings = {
  ratePerSecond: number
  connections: number
  batchSize: number
  firstRetryAfterMs: number
  /** Hand-overs to SMTP before a temporarily failing delivery counts as failed: 1, 2, 4, 8 minutes apart by default. */
  maxAttempts: number
}

const MAX_ATTEMPTS = 5

function numberFrom(name: string, fallback: number, { whole }: { whole: boolean }): number {
  const raw = process.env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  const valid = Number.isFinite(value) && value >= 0 && (!whole || Number.isInteger(value))
  if (!valid) throw new Error(`${name} must be ${whole ? 'a whole number' : 'a number'} of at least 0, not "${raw}".`)
  return value
}

export function sendSettings(): SendSettings {
  return {
    ratePerSecond: numberFrom('NEWSLETTER_SEND_RATE', 50, { whole: false }),
    connections: Math.max(1, numberFrom('NEWSLETTER_SMTP_CONNECTIONS', 5, { whole: true })),
    batchSize: Math.max(1, numberFrom('NEWSLETTER_BATCH_SIZE', 100, { whole: true })),
    firstRetryAfterMs: numberFrom('NEWSLETTER_RETRY_AFTER_SECONDS', 60, { whole: false }) * 1000,
    maxAttempts: MAX_ATTEMPTS,
  }
}
