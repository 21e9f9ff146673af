// A database that exists only for one test run: a new database on the server named
// by TEST_DATABASE_URL, or a throwaway embedded Postgres when none is given.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { databaseUrl, ensureDatabase, startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { projectRoot } from '@/db/projectPaths'

export type FreshDatabase = {
  url: string
  /** A secret for the app under test; never the developer's. */
  secret: string
  drop: () => Promise<void>
  /** Stops and restarts the server, as an outage would: only for the embedded one, which the tests own. */
  outage?: { begin: () => Promise<void>; end: () => Promise<void> }
}

/** Drops database `name` on the server `serverUrl` names (any of its databases will do), sessions and all. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(`drop database if exists "${name}" with (force)`)
  } finally {
    await client.end()
  }
}

export async function createFreshDatabase(label: string): Promise<FreshDatabase> {
  const name = `groundwork_${label}_${crypto.randomBytes(4).toString('hex')}`
  const secret = crypto.randomBytes(32).toString('hex')
  const external = process.env.TEST_DATABASE_URL
  if (external) {
    await ensureDatabase(external, name)
    return { url: databaseUrl(external, name), secret, drop: () => dropDatabase(external, name) }
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `groundwork-${label}-`))
  const server = await startEmbeddedPostgres(path.join(folder, 'postgres'))
  await ensureDatabase(server.serverUrl, name)
  return {
    url: databaseUrl(server.serverUrl, name),
    secret,
    outage: { begin: server.pause, end: server.resume },
    drop: async () => {
      await server.stop()
      fs.rmSync(folder, { recursive: true, force: true })
    },
  }
}

/** Applies the committed migrations in a child process and fails loudly when they did not apply. */
export async function migrateDatabase(database: FreshDatabase): Promise<void> {
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(path.join(projectRoot, 'node_modules/.bin/tsx'), ['src/cli/migrate.ts'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: database.url, PAYLOAD_SECRET: database.secret },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    child.once('error', reject)
    child.once('exit', resolve)
  })
  if (code !== 0) throw new Error(`Migrations failed (exit code ${code}).`)
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  try {
    const result = await client.query("select to_regclass('public.concepts') as concepts")
    if (!result.rows[0]?.concepts) throw new Error('Migrations reported success but created no concepts table.')
  } finally {
    await client.end()
  }
}
