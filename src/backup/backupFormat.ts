// A backup is gzip-compressed JSON lines: one header, then each table followed by its rows
// (every value in Postgres's text form, so any column type round-trips), then the media
// files (base64), then an end line with the counts. A file without its end line is incomplete.

export const BACKUP_FORMAT = 'groundwork-backup'
export const BACKUP_VERSION = 1

export type BackupHeader = {
  type: 'header'
  format: typeof BACKUP_FORMAT
  version: number
  createdAt: string
  /** The migrations applied to the database backed up, oldest first. */
  migrations: string[]
}

/** A serial column's sequence as it stood: its last value, or null before first use. */
export type SequenceState = { column: string; lastValue: string | null }

export type TableRecord = { type: 'table'; name: string; columns: string[]; sequences: SequenceState[] }

export type RowRecord = { type: 'row'; values: (string | null)[] }

/** A media file: its path inside the media folder, with `/` between folders, and its bytes in base64. */
export type FileRecord = { type: 'file'; path: string; data: string }

export type EndRecord = { type: 'end'; tables: number; rows: number; files: number }

export type BackupRecord = BackupHeader | TableRecord | RowRecord | FileRecord | EndRecord

const isString = (value: unknown): value is string => typeof value === 'string'
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString)

function isSequenceState(value: unknown): value is SequenceState {
  const state = value as SequenceState
  return (
    typeof value === 'object' &&
    value !== null &&
    isString(state.column) &&
    (state.lastValue === null || isString(state.lastValue))
  )
}

function hasRecordShape(record: BackupRecord): boolean {
  switch (record.type) {
    case 'header':
      return (
        record.format === BACKUP_FORMAT &&
        isCount(record.version) &&
        isString(record.createdAt) &&
        isStringList(record.migrations)
      )
    case 'table':
      return (
        isString(record.name) &&
        isStringList(record.columns) &&
        Array.isArray(record.sequences) &&
        record.sequences.every(isSequenceState)
      )
    case 'row':
      return Array.isArray(record.values) && record.values.every((value) => value === null || isString(value))
    case 'file':
      return isString(record.path) && isString(record.data)
    case 'end':
      return isCount(record.tables) && isCount(record.rows) && isCount(record.files)
    default:
      return false
  }
}

/** The record one line holds, or undefined when the line is not one. */
export function parseBackupRecord(line: string): BackupRecord | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(line)
  } catch {
    return undefined
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined
  const record = parsed as BackupRecord
  return hasRecordShape(record) ? record : undefined
}

export function formatBackupRecord(record: BackupRecord): string {
  return `${JSON.stringify(record)}\n`
}
