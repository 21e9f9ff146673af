// Postgres refuses to run as root. As root, its files and processes belong to the
// `postgres` OS user instead, which is made here when the machine has none.
import { execFileSync } from 'node:child_process'

export type ProcessOwner = { uid: number; gid: number }

const USER = 'postgres'

function idOf(flag: '-u' | '-g'): number | undefined {
  try {
    return Number(execFileSync('id', [flag, USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim())
  } catch {
    return undefined
  }
}

/** The user Postgres runs as when it cannot be this process's own (root); undefined otherwise. */
export function postgresOwner(): ProcessOwner | undefined {
  if (process.getuid?.() !== 0) return undefined
  if (idOf('-u') === undefined) {
    execFileSync('groupadd', ['--force', USER])
    execFileSync('useradd', ['--gid', USER, '--no-create-home', USER])
  }
  const uid = idOf('-u')
  const gid = idOf('-g')
  if (uid === undefined || gid === undefined)
    throw new Error(`Could not find the "${USER}" OS user to run Postgres as.`)
  return { uid, gid }
}
