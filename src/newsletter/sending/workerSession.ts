// A run's hold on the database: a pooled connection of its own, kept for the whole run, on
// which it takes its worker lock and the issue's shared lock (see advisoryLocks.ts). The rows
// a run claims carry its worker id; they stay its own exactly as long as this connection lives.
import crypto from 'node:crypto'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { ISSUE_LOCKS, WORKER_LOCKS } from './advisoryLocks'

export type WorkerSession = {
  /** Written to `claimed_by`: the number of this run's worker lock. */
  worker: string
  /** Throws once the connection holding the locks has broken: the run's claims are no longer safe to act on. */
  assertAlive: () => void
  /** Runs `task` while holding the exclusive lock (namespace, id), taking turns with other runs. */
  exclusively: <T>(namespace: number, id: number, task: () => Promise<T>) => Promise<T>
  /** Ends the connection, and with it every lock it held. */
  end: () => void
}

const LOCK_IDS = 2 ** 31 - 1

export async function openWorkerSession(payload: Payload, issue: number): Promise<WorkerSession> {
  const client = await (payload.db as unknown as PostgresAdapter).pool.connect()
  let broken: Error | undefined
  client.on('error', (error) => (broken = error))
  // A random id, tried until one is free: ids only need to differ between live runs.
  const takeWorkerLock = async (): Promise<number> => {
    for (;;) {
      const id = crypto.randomInt(1, LOCK_IDS)
      const { rows } = await client.query<{ taken: boolean }>('select pg_try_advisory_lock($1, $2) as taken', [
        WORKER_LOCKS,
        id,
      ])
      if (rows[0].taken) return id
    }
  }
  try {
    const worker = await takeWorkerLock()
    await client.query('select pg_advisory_lock_shared($1, $2)', [ISSUE_LOCKS, issue])
    return {
      worker: String(worker),
      assertAlive: () => {
        if (broken) throw new Error(`The send lost its database connection (${broken.message}); it stops here.`)
      },
      exclusively: async (namespace, id, task) => {
        await client.query('select pg_advisory_lock($1, $2)', [namespace, id])
        try {
          return await task()
        } finally {
          await client.query('select pg_advisory_unlock($1, $2)', [namespace, id])
        }
      },
      // Destroyed rather than returned to the pool: a pooled connection would keep the locks.
      end: () => client.release(true),
    }
  } catch (error) {
    client.release(true)
    throw error
  }
}
