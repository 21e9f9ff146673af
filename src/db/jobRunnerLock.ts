// One job runner at a time across every app instance on one database. Payload 3's runner claims
// a job with a find and then an update, so two runners can run one job twice. Each instance
// asks on every tick of its job schedule (`jobs.shouldAutoRun`); the one holding a Postgres
// advisory lock runs the queue. The lock lives on its own connection, so when that instance
// dies Postgres frees it, and another takes over on its next tick (within the schedule's minute).
import pg from 'pg'

/** "jbrn": a single-number lock, apart from the (namespace, id) pairs the newsletter uses. */
export const JOB_RUNNER_LOCK = 0x6a62726e

export type JobRunnerElection = {
  /** True while this process holds the runner's lock; tries to take it when free. */
  isRunner: () => Promise<boolean>
  /** Lets the lock go (at shutdown), so another instance can take over on its next tick. */
  resign: () => Promise<void>
}

export function jobRunnerElection(connectionString: string | undefined): JobRunnerElection {
  let session: pg.Client | undefined
  let holding = false

  const drop = (client: pg.Client): Promise<void> => {
    if (session !== client) return Promise.resolve()
    session = undefined
    holding = false
    return client.end().catch(() => {})
  }

  async function connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 })
    client.on('error', () => void drop(client))
    client.on('end', () => void drop(client))
    session = client
    await client.connect()
    return client
  }

  return {
    async isRunner() {
      if (holding && session) return true
      try {
        const client = session ?? (await connect())
        const { rows } = await client.query<{ taken: boolean }>('select pg_try_advisory_lock($1) as taken', [
          JOB_RUNNER_LOCK,
        ])
        holding = rows[0].taken
      } catch {
        if (session) void drop(session)
      }
      return holding
    },
    async resign() {
      const client = session
      if (!client) return
      // Unlocked before the session ends, so the next instance to ask gets it at once.
      if (holding) await client.query('select pg_advisory_unlock($1)', [JOB_RUNNER_LOCK]).catch(() => {})
      await drop(client)
    },
  }
}
