// Whether the database answers, checked every few seconds beside the server, so a response
// can be judged while it is being written (which cannot wait for a check of its own).
import pg from 'pg'

const CHECK_EVERY_MS = 2_000
/** Long enough for a busy machine; a stopped database refuses at once whatever this says. */
const CHECK_TIMEOUT_MS = 5_000

export type DatabaseWatch = { readonly reachable: boolean; stop: () => void }

export function watchDatabase(connectionString: string | undefined): DatabaseWatch {
  // One connection kept open: a check is then one round trip, not a new login that a busy
  // machine could take over a second to finish. A database that stops breaks it, and the
  // next check's new connection is refused.
  const pool = new pg.Pool({
    connectionString,
    max: 1,
    connectionTimeoutMillis: CHECK_TIMEOUT_MS,
    query_timeout: CHECK_TIMEOUT_MS,
    idleTimeoutMillis: 0,
  })
  pool.on('error', () => undefined)
  const state = { reachable: true, checking: false }
  const check = async () => {
    if (state.checking) return
    state.checking = true
    try {
      await pool.query('select 1')
      state.reachable = true
    } catch {
      state.reachable = false
    } finally {
      state.checking = false
    }
  }
  const timer = setInterval(() => void check(), CHECK_EVERY_MS)
  timer.unref()
  void check()
  return {
    get reachable() {
      return state.reachable
    },
    stop: () => {
      clearInterval(timer)
      void pool.end()
    },
  }
}
