// Whether an error means the database could not be reached at all (stopped, restarting,
// refusing connections, or no free connection within the pool's timeout), as opposed to
// refusing one query. Drizzle and GraphQL wrap the driver's error, so causes are followed.

/** Postgres SQLSTATEs for a server that is shutting down, starting, or lost the connection. */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006'])
/** Node's codes for a connection that could not be made or was cut. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE'])
/** What node-postgres says when its pool or a connection gives up. */
const DRIVER_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error/i

type MaybeCaused = { code?: unknown; message?: unknown; cause?: unknown; originalError?: unknown }

/** The error, among `error` and its causes, that says the database could not be reached. */
function unreachableCause(error: unknown): MaybeCaused | undefined {
  const seen = new Set<unknown>()
  const pending: unknown[] = [error]
  while (pending.length > 0) {
    const current = pending.pop()
    if (!current || typeof current !== 'object' || seen.has(current)) continue
    seen.add(current)
    const { code, message, cause, originalError } = current as MaybeCaused
    if (typeof code === 'string' && (UNAVAILABLE_STATES.has(code) || NETWORK_CODES.has(code))) return current
    if (typeof message === 'string' && DRIVER_MESSAGES.test(message)) return current
    pending.push(cause, originalError)
  }
  return undefined
}

export function isDatabaseUnreachable(error: unknown): boolean {
  return unreachableCause(error) !== undefined
}

/** Why the database could not be reached (`connect ECONNREFUSED …`), or undefined when it could. */
export function unreachableReason(error: unknown): string | undefined {
  const cause = unreachableCause(error)
  return cause ? String(cause.message) : undefined
}
