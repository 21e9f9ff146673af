import fs from 'node:fs'
import path from 'node:path'
import { mailCaptureDir } from '@/email/emailAdapter'

/** Captured messages (raw .eml text) addressed to the given recipient, oldest first. */
export function capturedMailTo(address: string): string[] {
  const dir = mailCaptureDir()
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .sort()
    .map((file) => fs.readFileSync(path.join(dir, file), 'utf8'))
    .filter((message) => new RegExp(`^To: .*${address.replace(/[.+]/g, '\\$&')}`, 'm').test(message))
}
