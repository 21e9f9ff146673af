// `npm test`: every layer, overlapped where the machine has room. The end-to-end server (its
// own database, the demo content, a production build) is prepared from the start, while the
// type check, the linter and the unit tests run (`npm run checks`) and then the integration
// tests; Playwright starts against it as soon as it answers, beside whatever integration tests
// remain. The layers share nothing: each has its own database. A failed check stops the rest.
// The server's output goes to .data/logs/e2e-server.log, printed here if a layer fails.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '@/db/projectPaths'
import { runChild } from '@/cli/runChild'

const port = process.env.E2E_PORT ?? '3100'
// Not in test-results/: Playwright empties that folder as it starts.
const logFile = path.join(projectRoot, '.data', 'logs', 'e2e-server.log')
const READY_WITHIN_MS = 10 * 60_000
const LOG_LINES_ON_FAILURE = 150

function startServer() {
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.openSync(logFile, 'w')
  return spawn(path.join(projectRoot, 'node_modules/.bin/tsx'), ['tests/e2e/server.ts'], {
    cwd: projectRoot,
    env: { ...process.env, E2E_PORT: port },
    stdio: ['ignore', log, log],
    // Its own process group, so stopping it reaches the build or the server it runs and their database.
    detached: true,
  })
}

async function serverReady(server: ReturnType<typeof startServer>): Promise<boolean> {
  const deadline = Date.now() + READY_WITHIN_MS
  while (Date.now() < deadline && server.exitCode === null) {
    const answered = await fetch(`http://localhost:${port}/`).then(
      (response) => response.ok,
      () => false,
    )
    if (answered) return true
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  return false
}

function printServerLog(): void {
  const lines = fs.readFileSync(logFile, 'utf8').trimEnd().split('\n')
  console.error(`--- last ${LOG_LINES_ON_FAILURE} lines of ${logFile} ---`)
  console.error(lines.slice(-LOG_LINES_ON_FAILURE).join('\n'))
}

/** Stops the server's whole process group: the app servers it started outlive it if it died. */
async function stopServer(server: ReturnType<typeof startServer>): Promise<void> {
  const exited =
    server.exitCode === null && server.signalCode === null
      ? new Promise((resolve) => server.once('exit', resolve))
      : Promise.resolve()
  try {
    process.kill(-server.pid!, 'SIGTERM')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
  await exited
}

/** `npm run checks`: the type check, the linter and the unit tests, side by side. */
function runChecks(): Promise<number> {
  return new Promise((resolve, reject) => {
    const checks = spawn('npm', ['run', 'checks'], { cwd: projectRoot, stdio: 'inherit' })
    checks.once('error', reject)
    checks.once('exit', (code) => resolve(code ?? 1))
  })
}

async function main(): Promise<number> {
  const server = startServer()
  const checks = await runChecks()
  if (checks !== 0) {
    await stopServer(server)
    return checks
  }
  const integration = runChild('vitest', ['run', '--project', 'integration'])
  if (!(await serverReady(server))) {
    console.error(`The end-to-end server did not answer on port ${port}.`)
    printServerLog()
    await stopServer(server)
    await integration
    return 1
  }
  const e2e = runChild('playwright', ['test'], { ...process.env, E2E_PORT: port, E2E_SERVER_RUNNING: 'true' })
  const [integrationCode, e2eCode] = await Promise.all([integration, e2e])
  await stopServer(server)
  if (e2eCode !== 0) printServerLog()
  return integrationCode || e2eCode
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
