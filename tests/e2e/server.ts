// The app as production runs it, for Playwright: a fresh database with the demo
// content, `npm run build` and `npm start` on E2E_PORT, then a second `npm start` of the same
// build on the same database on E2E_PORT + 1, as two server processes (WEB_CONCURRENCY=2): several
// instances, one truth (instances.spec.ts).
// Stops and drops it all on SIGTERM.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '@/db/projectPaths'
import { createFreshDatabase, type FreshDatabase } from '../helpers/freshDatabase'
import { outageControlFile } from './outageControl'

const port = process.env.E2E_PORT ?? '3100'
const secondPort = String(Number(port) + 1)

function run(script: string, env: NodeJS.ProcessEnv) {
  return spawn(path.join(projectRoot, 'node_modules/.bin/tsx'), [script], { cwd: projectRoot, env, stdio: 'inherit' })
}

function finished(child: ReturnType<typeof run>): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', resolve))
}

async function main() {
  const database = await createFreshDatabase('e2e')
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: database.secret,
    NEXT_DIST_DIR: '.next-test',
    PORT: port,
    SITE_URL: `http://localhost:${port}`,
    // Scheduled publishing runs within a second of its time, as the tests watch for it.
    JOBS_CRON: '* * * * * *',
    // The suite signs in with the demo accounts, so the production server must accept them.
    ALLOW_DEMO_ACCOUNTS: 'true',
    // `npm test` has checked the types already; the build need not do it again.
    SKIP_BUILD_TYPECHECK: 'true',
    // Nothing here reads a server stack trace through source maps (next.config.mjs).
    SERVER_SOURCE_MAPS: 'false',
  }
  const shutdown = async (code: number) => {
    await database.drop()
    process.exit(code)
  }
  for (const script of ['src/cli/seed.ts', 'src/cli/build.ts']) {
    const code = await finished(run(script, env))
    if (code !== 0) return shutdown(1)
  }
  const server = run('src/cli/start.ts', env)
  const servers = [server]
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => servers.forEach((instance) => instance.kill(signal)))
  }
  offerOutages(database, () => servers.forEach((instance) => instance.kill('SIGTERM')))
  // Started once the first serves: two starts at once would apply the same migrations together.
  void untilServing(`http://localhost:${port}/`, server).then((serving) => {
    if (serving) servers.push(run('src/cli/start.ts', { ...env, PORT: secondPort, WEB_CONCURRENCY: '2' }))
  })
  const code = (await finished(server)) ?? 0
  await Promise.all(servers.slice(1).map(finished))
  await shutdown(code)
}

async function untilServing(url: string, server: ReturnType<typeof run>): Promise<boolean> {
  while (server.exitCode === null && server.signalCode === null) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return true
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return false
}

/**
 * The outage test stops the database under the running app and starts it again: SIGUSR1
 * begins an outage, SIGUSR2 ends it, and OUTAGE_CONTROL_FILE tells the test whom to signal.
 * The steps take turns: on a busy machine the database's shutdown can outlast the test's
 * checks, and a start while it is still shutting down fails on its lock file.
 */
function offerOutages(database: FreshDatabase, stopServers: () => void) {
  const { outage } = database
  if (!outage) return
  fs.writeFileSync(outageControlFile(port), JSON.stringify({ pid: process.pid }))
  let steps = Promise.resolve()
  // A database that does not come back ends the run: the servers stop, and the database is dropped.
  const inTurn = (step: () => Promise<void>, done: string) => {
    steps = steps
      .then(step)
      .then(() => console.log(`[e2e] ${done} (outage test)`))
      .catch((error: unknown) => {
        console.error('[e2e] the outage test could not stop or start the database:', error)
        stopServers()
      })
  }
  process.on('SIGUSR1', () => inTurn(outage.begin, 'database stopped'))
  process.on('SIGUSR2', () => inTurn(outage.end, 'database started again'))
  process.on('exit', () => fs.rmSync(outageControlFile(port), { force: true }))
}

void main()
