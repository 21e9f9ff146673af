import { APIError } from 'payload'

/** A 429 whose message says when to try again; the API route adds `Retry-After` from its data. */
export class TooManyRequests extends APIError<{ retryAfterSeconds: number }> {
  constructor(what: string, retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60)
    super(
      `Too many ${what}. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
      429,
      { retryAfterSeconds },
      true,
    )
  }
}
