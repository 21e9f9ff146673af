import { StartupError } from '@/db/environment'
import { BACKUP_VERSION, type BackupHeader, type EndRecord, type TableRecord } from './backupFormat'
import { isSafeMediaPath } from './mediaFiles'
import { damagedBackup, readBackupRecords } from './readBackup'

export type BackupContents = { header: BackupHeader; tables: number; rows: number; files: number }

/**
 * Reads a backup through to its end line and checks its order (header, tables with their
 * rows, files, end) and counts, so a restore can refuse a damaged file before it changes anything.
 */
export async function inspectBackup(file: string): Promise<BackupContents> {
  let header: BackupHeader | undefined
  let table: TableRecord | undefined
  let end: EndRecord | undefined
  const tables = new Set<string>()
  const files = new Set<string>()
  let rows = 0
  for await (const { record, line } of readBackupRecords(file)) {
    const problem = (reason: string) => damagedBackup(file, `line ${line} ${reason}`)
    if (end) throw problem('follows the end line')
    if (!header && record.type !== 'header') throw problem('comes before the header')
    switch (record.type) {
      case 'header':
        if (header) throw problem('repeats the header')
        if (record.version !== BACKUP_VERSION) {
          throw new StartupError(
            `${file} is a version ${record.version} backup; this version of Groundwork reads version ${BACKUP_VERSION}.`,
          )
        }
        header = record
        break
      case 'table':
        if (files.size > 0) throw problem('starts a table after the media files')
        if (tables.has(record.name)) throw problem(`repeats the table ${record.name}`)
        tables.add(record.name)
        table = record
        break
      case 'row':
        if (!table || files.size > 0) throw problem('is a row outside a table')
        if (record.values.length !== table.columns.length) throw problem(`does not fit the columns of ${table.name}`)
        rows += 1
        break
      case 'file':
        if (!isSafeMediaPath(record.path)) throw problem(`names a file outside the media folder: ${record.path}`)
        if (files.has(record.path)) throw problem(`repeats the file ${record.path}`)
        files.add(record.path)
        break
      case 'end':
        if (record.tables !== tables.size || record.rows !== rows || record.files !== files.size) {
          throw problem('counts other tables, rows or files than the backup holds')
        }
        end = record
    }
  }
  if (!header || !end) throw damagedBackup(file, 'it ends before its end line (was it cut short?)')
  return { header, tables: tables.size, rows, files: files.size }
}
