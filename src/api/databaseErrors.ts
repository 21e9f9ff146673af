import type { AfterErrorHook } from 'payload'
import { isDatabaseUnreachable } from '@/db/unreachable'
// Database failures that are not the server's fault, answered as what they are instead of
// Payload's 500. Input the database itself refuses (an id that is not a number, a value out
// of range, a reference to nothing) is the client's mistake: a 400 that says what is wrong.
// A database that cannot be reached is an outage: a 503 with Retry-After. Either way the
// write was in a transaction, so nothing changed.

type Refusal = { status: number; message: string }

/** Postgres error codes (SQLSTATE) that mean "the request's values are wrong". */
const REFUSALS: Record<string, Refusal> = {
  '22P02': { status: 400, message: 'A value in the request has the wrong type (an id must be a whole number).' },
  '22003': { status: 400, message: 'A number in the request is out of range.' },
  '22001': { status: 400, message: 'A value in the request is too long.' },
  '22007': { status: 400, message: 'A date in the request is not a valid date.' },
  '22008': { status: 400, message: 'A date in the request is out of range.' },
  '22021': {
    status: 400,
    message: 'Text in the request holds a character that cannot be stored, such as a null character.',
  },
  '22P05': {
    status: 400,
    message: 'Text in the request holds a character that cannot be stored, such as a null character.',
  },
  '2201W': { status: 400, message: 'The limit must be a whole number of 0 or more.' },
  '2201X': { status: 400, message: 'The page must be a whole number of 1 or more.' },
  '23503': {
    status: 400,
    message: 'The request refers to a document that does not exist, or removes one that others refer to.',
  },
  '54001': { status: 400, message: 'The request is nested too deeply.' },
}

type WithCause = { code?: unknown; cause?: unknown }

/** The Postgres error code of an error or of the error that caused it (Drizzle wraps them). */
function sqlState(error: unknown): string | undefined {
  for (let current = error, hops = 0; current && typeof current === 'object' && hops < 4; hops++) {
    const { code, cause } = current as WithCause
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    current = cause
  }
  return undefined
}

/** The client error a database failure stands for, or undefined when it is the server's own. */
export function databaseRefusal(error: unknown): Refusal | undefined {
  const code = sqlState(error)
  return code ? REFUSALS[code] : undefined
}

/** While the database cannot be reached, requests that need it are told so, and when to try again. */
export const DATABASE_OUTAGE = {
  status: 503,
  message: 'The database cannot be reached right now. Try again in a minute; nothing was changed.',
  retryAfterSeconds: 30,
}

/** The answer for a database failure: a refusal of the client's input, an outage, or undefined (the server's own fault). */
function answerFor(error: unknown): (Refusal & { retryAfterSeconds?: number }) | undefined {
  return databaseRefusal(error) ?? (isDatabaseUnreachable(error) ? DATABASE_OUTAGE : undefined)
}

/**
 * Answers REST and GraphQL requests the database refused as the client errors they are, and
 * requests it could not answer at all as a 503 with Retry-After (see src/api/request/retryAfter.ts).
 */
export const explainDatabaseErrors: AfterErrorHook = ({ error, result, graphqlResult }) => {
  const refusal = answerFor(error)
  if (!refusal) return
  const data = refusal.retryAfterSeconds ? { retryAfterSeconds: refusal.retryAfterSeconds } : undefined
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: refusal.message,
        extensions: { ...graphqlResult.extensions, statusCode: refusal.status, ...(data ? { data } : {}) },
      },
    }
  }
  if (result)
    return { response: { errors: [{ message: refusal.message, ...(data ? { data } : {}) }] }, status: refusal.status }
}
