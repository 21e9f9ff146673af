// Decides which Postgres the app talks to and which secret signs its sessions, and
// puts both in process.env for Payload and for the Next process started after it.
import path from 'node:path'
import { databaseUrl, ensureDatabase, startEmbeddedPostgres } from './embeddedPostgres'
import { localSecret } from './localSecret'
import { dataDir } from './projectPaths'

export class StartupError extends Error {}

export type Environment = {
  databaseUrl: string
  embedded: boolean
  /** Stops the embedded database if this process started it. */
  stop: () => Promise<void>
}

const DATABASE_NAME = 'groundwork'

export async function prepareEnvironment(log: (message: string) => void = console.log): Promise<Environment> {
  const external = process.env.DATABASE_URL
  if (external) {
    if (!process.env.PAYLOAD_SECRET) {
      throw new StartupError(
        'PAYLOAD_SECRET is not set. With DATABASE_URL you must give a long random secret, e.g. PAYLOAD_SECRET=$(openssl rand -hex 32).',
      )
    }
    return { databaseUrl: external, embedded: false, stop: async () => undefined }
  }

  const server = await startEmbeddedPostgres(path.join(dataDir, 'postgres'), log)
  await ensureDatabase(server.serverUrl, DATABASE_NAME)
  const url = databaseUrl(server.serverUrl, DATABASE_NAME)
  process.env.DATABASE_URL = url
  process.env.PAYLOAD_SECRET ||= localSecret(dataDir)
  return { databaseUrl: url, embedded: true, stop: server.stop }
}
