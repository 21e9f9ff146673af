// Whether the database answers, checked every few seconds beside the server, so a response
// can be judged while it is being written (which cannot wait for a check of its own).
import pg from 'pg'

const CHECK_EVERY_MS = 2_000
const CHECK_TIMEOUT_MS = 1_500

export type DatabaseWatch = { readonly reachable: boolean; stop: () => void }

export function watchDatabase(connectionString: string | undefined): DatabaseWatch {
  const pool = new pg.Pool({
    connectionString,
    max: 1,
    connectionTimeoutMillis: CHECK_TIMEOUT_MS,
    idleTimeoutMillis: 1,
  })
  // A server that goes away breaks the idle connection; the next check finds out.
  pool.on('error', () => undefined)
  const state = { reachable: true }
  const check = async () => {
    try {
      await pool.query('select 1')
      state.reachable = true
    } catch {
      state.reachable = false
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
