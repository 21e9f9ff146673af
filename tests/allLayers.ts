// `npm test`: every layer at once, the quick ones yielding to the long ones. The end-to-end
// server (its own database, the demo content, a production build) and the integration tests
// start straight away: they are the two long chains, and mostly wait on a database, a browser
// or a server. The type check, the linter and the unit tests (`npm run checks`) run beside
// them at a lower priority, on the CPU those leave. Playwright starts against the server as
// soon as it answers. The layers share nothing: each has its own database. A failed check
// stops the rest. The server's output goes to .data/logs/e2e-server.log, printed here if a
// layer fails.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '@/db/projectPaths'
import { runChild } from '@/cli/runChild'
import { passSignalsTo } from '@/cli/signals'

const port = process.env.E2E_PORT ?? '3100'
// Not in test-results/: Playwright empties that folder as it starts.
const logFile = path.join(projectRoot, '.data', 'logs', 'e2e-server.log')
const READY_WITHIN_MS = 10 * 60_000
const LOG_LINES_ON_FAILURE = 150
/** The checks' niceness: they take the CPU the long layers leave, and still end well before them. */
const CHECKS_NICENESS = '10'

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

async function stopServer(server: ReturnType<typeof startServer>): Promise<void> {
  if (server.exitCode !== null) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  process.kill(-server.pid!, 'SIGTERM')
  await exited
}

type Layer = { finished: Promise<number>; stop: () => void }

/** Runs a locally installed binary as one layer, which `stop` can end early. */
function startLayer(bin: string, args: string[], env: NodeJS.ProcessEnv = process.env): Layer {
  const controller = new AbortController()
  const finished = runChild(bin, args, env, controller.signal)
  return { finished, stop: () => controller.abort() }
}

/** `npm run checks`: the type check, the linter and the unit tests, side by side, at a lower priority. */
function runChecks(): Promise<number> {
  return new Promise((resolve, reject) => {
    const checks = spawn('nice', ['-n', CHECKS_NICENESS, 'npm', 'run', 'checks'], {
      cwd: projectRoot,
      stdio: 'inherit',
    })
    checks.once('error', reject)
    checks.once('exit', (code) => resolve(code ?? 1))
  })
}

async function main(): Promise<number> {
  const server = startServer()
  // Ctrl-C and SIGTERM reach the layers through runChild, and the server, in a process group of its own, from here.
  const releaseSignals = passSignalsTo(() => void stopServer(server))
  const layers = [startLayer('vitest', ['run', '--project', 'integration'])]
  const stopEverything = async () => {
    layers.forEach((layer) => layer.stop())
    await stopServer(server)
  }
  const checks = runChecks().then(async (code) => {
    if (code !== 0) await stopEverything()
    return code
  })
  const ready = await serverReady(server)
  if (ready) {
    layers.push(startLayer('playwright', ['test'], { ...process.env, E2E_PORT: port, E2E_SERVER_RUNNING: 'true' }))
  } else {
    await stopEverything()
  }
  const [checksCode, integrationCode, e2eCode = 1] = await Promise.all([
    checks,
    ...layers.map((layer) => layer.finished),
  ])
  await stopServer(server)
  releaseSignals()
  if (checksCode !== 0) return checksCode
  if (!ready) console.error(`The end-to-end server did not answer on port ${port}.`)
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
