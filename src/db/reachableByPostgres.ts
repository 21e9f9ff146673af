// Postgres refuses to run as root, so as root it runs as the `postgres` OS user
// (postgresOwner.ts), which must be able to traverse to its binaries and data.
import fs from 'node:fs'
import path from 'node:path'

const TRAVERSE_FOR_OTHERS = 0o001

export function makeReachableByPostgres(target: string): void {
  if (process.getuid?.() !== 0) return
  let dir = path.resolve(target)
  while (dir !== path.dirname(dir)) {
    dir = path.dirname(dir)
    const { mode } = fs.statSync(dir)
    if ((mode & TRAVERSE_FOR_OTHERS) === 0) {
      fs.chmodSync(dir, mode | TRAVERSE_FOR_OTHERS)
      console.log(`[db] allowed the postgres user to pass through ${dir} (chmod o+x)`)
    }
  }
}
