import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** A secret generated on first use and kept in the data folder, so sessions survive restarts. */
export function localSecret(dataDir: string): string {
  const file = path.join(dataDir, 'payload-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}
