import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import type pg from 'pg'
import { BACKUP_FORMAT, BACKUP_VERSION, formatBackupRecord, type BackupRecord, type EndRecord } from './backupFormat'
import { openDatabase, TEXT_VALUES } from './databaseSession'
import { listMediaFiles } from './mediaFiles'
import { listAppliedMigrations, listSerialColumns, listTables } from './schemaCatalog'

export type BackupTarget = { databaseUrl: string; mediaDir: string; file: string }

export type WrittenBackup = { file: string; tables: number; rows: number; files: number }

const ROWS_PER_FETCH = 1000

/** A table's rows, a batch at a time through a cursor, each value in Postgres's text form. */
async function* tableRows(client: pg.Client, table: string, columns: string[]): AsyncGenerator<(string | null)[]> {
  const list = columns.map((column) => client.escapeIdentifier(column)).join(', ')
  await client.query(`declare backup_rows no scroll cursor for select ${list} from ${client.escapeIdentifier(table)}`)
  for (;;) {
    const { rows } = await client.query<(string | null)[]>({
      text: `fetch ${ROWS_PER_FETCH} from backup_rows`,
      rowMode: 'array',
      types: TEXT_VALUES,
    })
    yield* rows
    if (rows.length < ROWS_PER_FETCH) break
  }
  await client.query('close backup_rows')
}

/** The backup's records, read inside the caller's snapshot transaction. */
async function* backupRecords(client: pg.Client, mediaDir: string): AsyncGenerator<BackupRecord> {
  const migrations = await listAppliedMigrations(client)
  yield {
    type: 'header',
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    migrations,
  }
  const tables = await listTables(client)
  const serialColumns = await listSerialColumns(client)
  let rows = 0
  for (const { name, columns } of tables) {
    const sequences = serialColumns
      .filter((serial) => serial.table === name)
      .map(({ column, lastValue }) => ({ column, lastValue }))
    yield { type: 'table', name, columns, sequences }
    for await (const values of tableRows(client, name, columns)) {
      rows += 1
      yield { type: 'row', values }
    }
  }
  const files = await listMediaFiles(mediaDir)
  for (const file of files) {
    yield { type: 'file', path: file, data: (await fs.promises.readFile(path.join(mediaDir, file))).toString('base64') }
  }
  yield { type: 'end', tables: tables.length, rows, files: files.length }
}

/**
 * Writes every table of the app's schema, read in one snapshot so the rows agree with each
 * other, and the media files, to one file. It appears under its name only once complete.
 */
export async function writeBackup({ databaseUrl, mediaDir, file }: BackupTarget): Promise<WrittenBackup> {
  const partial = `${file}.partial`
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const client = await openDatabase(databaseUrl)
  let end: EndRecord | undefined
  async function* lines() {
    for await (const record of backupRecords(client, mediaDir)) {
      if (record.type === 'end') end = record
      yield formatBackupRecord(record)
    }
  }
  try {
    await client.query('begin isolation level repeatable read read only')
    await pipeline(Readable.from(lines()), createGzip(), fs.createWriteStream(partial))
    await client.query('commit')
  } catch (error) {
    fs.rmSync(partial, { force: true })
    throw error
  } finally {
    await client.end()
  }
  fs.renameSync(partial, file)
  return { file, tables: end!.tables, rows: end!.rows, files: end!.files }
}
