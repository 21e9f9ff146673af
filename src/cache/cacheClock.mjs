// @ts-check
// Cache times are the database's clock, in milliseconds, so that instances on different hosts
// agree on what happened first: an entry is stale when one of its tags expired after it was made.

/** @typedef {{ query: (text: string) => Promise<{ rows: { now: number }[] }> }} Queryable */

const DATABASE_NOW = 'select (extract(epoch from clock_timestamp()) * 1000)::float8 as now'
const SAMPLES = 5

/**
 * How far the database's clock is ahead of this process's (negative when behind): from the
 * quickest of a few round trips, the first of which may include opening the connection.
 * @param {Queryable} database
 */
export async function measureClockOffset(database) {
  let best = { roundTrip: Infinity, offset: 0 }
  for (let i = 0; i < SAMPLES; i += 1) {
    const before = Date.now()
    const { rows } = await database.query(DATABASE_NOW)
    const after = Date.now()
    if (after - before < best.roundTrip)
      best = { roundTrip: after - before, offset: rows[0].now - (before + after) / 2 }
  }
  return best.offset
}
