// The production build already made by the bench, started again on a second database that
// holds a generated dataset (tests/bench/dataset) instead of the demo content: what search
// costs at thousands of concepts. Stopping it drops the database.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { projectRoot } from '@/db/projectPaths'
import { createFreshDatabase, migrateDatabase } from '../helpers/freshDatabase'
import { fillDatabase } from './dataset/fillDatabase'

export type LargeSite = { origin: string; stop: () => Promise<void> }

async function waitUntilAnswering(url: string, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + 5 * 60_000
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('The app stopped before it was ready.')
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within 5 minutes.`)
}

export async function serveLargeSite(port: number, concepts: number): Promise<LargeSite> {
  const database = await createFreshDatabase('bench-large')
  await migrateDatabase(database)
  console.log(`Filling a database with ${concepts} generated concepts…`)
  const filled = await fillDatabase(database.url, { concepts })
  console.log(`Filled in ${filled.seconds.toFixed(0)} s.`)
  const origin = `http://localhost:${port}`
  const app = spawn(path.join(projectRoot, 'node_modules/.bin/tsx'), ['src/cli/start.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: database.secret,
      NEXT_DIST_DIR: '.next-test',
      PORT: String(port),
      SITE_URL: origin,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => app.once('exit', () => resolve()))
  const stop = async () => {
    if (app.exitCode === null && app.signalCode === null) app.kill('SIGTERM')
    await exited
    await database.drop()
  }
  try {
    await waitUntilAnswering(`${origin}/api/search?q=model`, () => app.exitCode !== null)
  } catch (error) {
    await stop()
    throw error
  }
  return { origin, stop }
}
