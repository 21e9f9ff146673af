import type pg from 'pg'
import type { SequenceState } from './backupFormat'
import { RowInserter } from './insertRows'
import { readBackupRecords } from './readBackup'
import { listForeignKeys, listSerialColumns, MIGRATIONS_TABLE } from './schemaCatalog'

/**
 * Moves every sequence past its table's largest value, and past where it stood in the
 * backup, so new rows get fresh ids and no id of a deleted document is handed out again.
 */
async function advanceSequences(client: pg.Client, backedUp: Map<string, string | null>): Promise<void> {
  for (const { table, column, sequence } of await listSerialColumns(client)) {
    const largest = `(select max(${client.escapeIdentifier(column)})::bigint from ${client.escapeIdentifier(table)})`
    // Marked as used when a value is known, so a backup of this database records it too.
    await client.query(
      `select setval($1::regclass, greatest($2::bigint, ${largest}, 1), greatest($2::bigint, ${largest}) is not null)`,
      [sequence, backedUp.get(`${table}.${column}`) ?? null],
    )
  }
}

/**
 * Writes every row of the backup into the migrated, empty schema, inside the caller's
 * transaction. Foreign keys are dropped for the load and made again after it, which checks
 * every row at once, so tables load in any order, whatever references what.
 */
export async function loadTables(client: pg.Client, file: string): Promise<void> {
  const foreignKeys = await listForeignKeys(client)
  for (const key of foreignKeys) {
    await client.query(`alter table ${key.table} drop constraint ${client.escapeIdentifier(key.name)}`)
  }
  // The migrations just run recorded themselves; the backup's own record replaces theirs.
  await client.query(`delete from ${MIGRATIONS_TABLE}`)
  const sequences = new Map<string, SequenceState['lastValue']>()
  let table: RowInserter | undefined
  for await (const { record } of readBackupRecords(file)) {
    if (record.type === 'table') {
      await table?.flush()
      table = new RowInserter(client, record.name, record.columns)
      for (const { column, lastValue } of record.sequences) sequences.set(`${record.name}.${column}`, lastValue)
    } else if (record.type === 'row') {
      await table?.add(record.values)
    }
  }
  await table?.flush()
  for (const key of foreignKeys) {
    await client.query(`alter table ${key.table} add constraint ${client.escapeIdentifier(key.name)} ${key.definition}`)
  }
  await advanceSequences(client, sequences)
}
