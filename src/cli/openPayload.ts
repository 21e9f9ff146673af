import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Environment } from '../db/environment'

/**
 * Boots Payload in this process. The config is imported only once
 * prepareEnvironment() has put DATABASE_URL and PAYLOAD_SECRET in place, and
 * before the database starts (see planEmbeddedPostgres).
 */
export async function openPayload(environment: Environment): Promise<Payload> {
  const hmr = process.env.DISABLE_PAYLOAD_HMR
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  try {
    const [{ default: config }, { getPayload }] = await Promise.all([import('../../payload.config'), import('payload')])
    await environment.start()
    return await getPayload({ config })
  } finally {
    if (hmr === undefined) delete process.env.DISABLE_PAYLOAD_HMR
    else process.env.DISABLE_PAYLOAD_HMR = hmr
  }
}

/**
 * Destroys the instance and closes its pool. The Postgres adapter keeps one client
 * checked out for good, so the pool cannot drain: its end is not awaited, and the
 * error that client raises when the server stops is expected.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const { pool } = payload.db as unknown as PostgresAdapter
  await payload.destroy()
  pool?.on('error', () => undefined)
  void pool?.end()
}
