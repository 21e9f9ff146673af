// The production build on a fresh database with the demo content, started the way the
// end-to-end tests start it (tests/e2e/server.ts), for the scripts that measure the app:
// `npm run bench` and `npm run soak`. Stopping it, on Ctrl-C too, drops its database.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { projectRoot } from '@/db/projectPaths'

const STARTUP_LIMIT_MS = 10 * 60_000

export type ServedBuild = {
  origin: string
  /** What the app has written to stderr so far: its warnings and errors. */
  errorOutput: () => string
  /** Stops the app and drops its database; every call waits for the same stop. */
  stop: () => Promise<void>
}

async function waitUntilServing(origin: string, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + STARTUP_LIMIT_MS
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('The app stopped before it was ready.')
    const ok = await fetch(`${origin}/`)
      .then((response) => response.ok)
      .catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`The app did not start within ${STARTUP_LIMIT_MS / 60_000} minutes.`)
}

/** Seeds, builds and starts the app on `port`; resolves once it serves the home page. */
export async function serveProductionBuild(port: number, env: Record<string, string> = {}): Promise<ServedBuild> {
  const origin = `http://localhost:${port}`
  const app = spawn(path.join(projectRoot, 'node_modules/.bin/tsx'), ['tests/e2e/server.ts'], {
    cwd: projectRoot,
    // The scripts sign in with the demo accounts, which `npm start` refuses without this.
    env: { ...process.env, ...env, E2E_PORT: String(port), ALLOW_DEMO_ACCOUNTS: 'true' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let errorOutput = ''
  app.stderr.on('data', (chunk: Buffer) => (errorOutput += chunk.toString()))
  const hasExited = () => app.exitCode !== null || app.signalCode !== null
  const exited = new Promise<void>((resolve) => app.once('exit', () => resolve()))
  let stopping: Promise<void> | undefined
  const stop = () => {
    if (!stopping) {
      if (!hasExited()) app.kill('SIGTERM')
      stopping = exited
    }
    return stopping
  }
  // Ctrl-C: wait while the app stops and drops its database, then end with the usual code.
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => void stop().then(() => process.exit(code)))
  }
  try {
    await waitUntilServing(origin, hasExited)
  } catch (error) {
    await stop()
    console.error(errorOutput)
    throw error
  }
  return { origin, errorOutput: () => errorOutput, stop }
}
