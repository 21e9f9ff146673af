import fs from 'node:fs'
import { createGunzip } from 'node:zlib'
import { StartupError } from '@/db/environment'
import { parseBackupRecord, type BackupRecord } from './backupFormat'

export function damagedBackup(file: string, reason: string): StartupError {
  return new StartupError(`${file} is not a complete Groundwork backup: ${reason}.`)
}

/** The file's lines, uncompressed. Lines can be long (a media file each), so a chunk is searched once. */
async function* backupLines(file: string): AsyncGenerator<string> {
  const source = fs.createReadStream(file)
  const text = source.pipe(createGunzip())
  source.once('error', (error) => text.destroy(error))
  text.setEncoding('utf8')
  let pending: string[] = []
  try {
    for await (const chunk of text as AsyncIterable<string>) {
      let start = 0
      for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
        pending.push(chunk.slice(start, end))
        yield pending.join('')
        pending = []
        start = end + 1
      }
      pending.push(chunk.slice(start))
    }
  } catch (error) {
    throw damagedBackup(file, `it is damaged or cut short (${(error as Error).message})`)
  } finally {
    source.destroy()
  }
  const rest = pending.join('')
  if (rest !== '') yield rest
}

/** The file's records with their line numbers; a line that is not a record stops the reading. */
export async function* readBackupRecords(file: string): AsyncGenerator<{ record: BackupRecord; line: number }> {
  let line = 0
  for await (const text of backupLines(file)) {
    line += 1
    const record = parseBackupRecord(text)
    if (!record) throw damagedBackup(file, `line ${line} is not a backup record`)
    yield { record, line }
  }
}
