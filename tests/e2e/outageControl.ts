// How the outage test reaches the e2e server that owns the database (see server.ts).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export function outageControlFile(port: string): string {
  return path.join(os.tmpdir(), `groundwork-e2e-${port}-outage.json`)
}

/** Signals the e2e server to stop (`begin`) or restart (`end`) its database. */
export function signalOutage(port: string, step: 'begin' | 'end'): void {
  const file = outageControlFile(port)
  if (!fs.existsSync(file)) {
    throw new Error(
      'The outage test stops the embedded database the e2e server owns; with TEST_DATABASE_URL set there is none to stop.',
    )
  }
  const { pid } = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number }
  process.kill(pid, step === 'begin' ? 'SIGUSR1' : 'SIGUSR2')
}
