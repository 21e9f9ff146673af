// Payload's logger, with one change: a refusal the rules meant to give (a 4xx error)
// logs one info line naming the rule instead of an error with a stack trace.
import { defaultLoggerOptions, type Config } from 'payload'
import { unreachableReason } from '@/db/unreachable'
import { databaseRefusal } from './databaseErrors'

type PayloadLoggerOptions = Extract<NonNullable<Config['logger']>, { options: unknown }>

/** pino's number for the `error` level. */
const ERROR_LEVEL = 50

type ThrownError = { status?: unknown; message?: unknown; originalError?: unknown }

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object'

/** The error in an entry shaped as Payload's error handler writes it: `{ err }` and nothing else. */
function handlerError(entry: unknown): ThrownError | undefined {
  if (!isObject(entry) || Object.keys(entry).length !== 1 || !isObject(entry.err)) return undefined
  const err: ThrownError = entry.err
  // GraphQL wraps the thrown error; the status is on the original.
  return isObject(err.originalError) ? err.originalError : err
}

/**
 * The one line to log for an entry of Payload's error handler (REST, GraphQL, admin views)
 * whose error is a client error (4xx); undefined for anything else, so server errors and
 * other entries (a failed job, say) log in full.
 *
 * `loggingLevels` in the Payload config cannot make this choice: it goes by the error's
 * class name, and one class, `APIError`, carries both refusals (403) and failures (500);
 * the production bundle also minifies class names. The status survives both.
 */
export function refusalLine(entry: unknown): string | undefined {
  const error = handlerError(entry)
  const refusal = databaseRefusal(error)
  if (refusal) return `Refused (${refusal.status}): ${refusal.message}`
  const unreachable = unreachableReason(error)
  if (unreachable) return `Database unreachable (503): ${unreachable}`
  if (typeof error?.status !== 'number' || error.status < 400 || error.status >= 500) return undefined
  return `Refused (${error.status}): ${String(error.message)}`
}

export const quietRefusalsLogger: PayloadLoggerOptions = {
  // Payload's default pretty output; `base: null` keeps its lines as they were (no name, pid or host).
  destination: defaultLoggerOptions,
  options: {
    base: null,
    hooks: {
      logMethod(args, method, level) {
        const line = level === ERROR_LEVEL ? refusalLine(args[0]) : undefined
        if (line) this.info(line)
        else method.apply(this, args)
      },
    },
  },
}
