import fs from 'node:fs'
import { StartupError } from '@/db/environment'
import { openDatabase } from './databaseSession'
import { inspectBackup, type BackupContents } from './inspectBackup'
import { loadTables } from './loadTables'
import { writeMediaFile } from './mediaFiles'
import { readBackupRecords } from './readBackup'
import { refuseOtherMigrations, refuseUnlessEmpty } from './restorePreconditions'

export type RestoreTarget = {
  file: string
  databaseUrl: string
  mediaDir: string
  /** Applies this code's migrations to the target database. */
  migrate: () => Promise<void>
}

async function writeMediaFiles(file: string, mediaDir: string): Promise<void> {
  for await (const { record } of readBackupRecords(file)) {
    if (record.type === 'file') await writeMediaFile(mediaDir, record.path, Buffer.from(record.data, 'base64'))
  }
}

/**
 * Brings a backup back into an empty database: checks the whole file and the target first,
 * migrates the schema, then loads every row and writes the media files in one transaction,
 * committed last, so a failure leaves the database empty and the restore can be run again.
 */
export async function restoreBackup({ file, databaseUrl, mediaDir, migrate }: RestoreTarget): Promise<BackupContents> {
  if (!fs.existsSync(file)) throw new StartupError(`There is no backup at ${file}.`)
  const contents = await inspectBackup(file)
  refuseOtherMigrations(file, contents.header.migrations)
  const client = await openDatabase(databaseUrl)
  try {
    await refuseUnlessEmpty(client, databaseUrl)
    await migrate()
    await client.query('begin')
    try {
      await loadTables(client, file)
      await writeMediaFiles(file, mediaDir)
      await client.query('commit')
    } catch (error) {
      await client.query('rollback')
      throw error
    }
  } finally {
    await client.end()
  }
  return contents
}
