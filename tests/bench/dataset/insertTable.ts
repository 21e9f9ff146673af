// Writes rows into one table, many to a statement (src/backup/insertRows.ts), taking the
// columns from the first row. Values go in as text and take their column's type.
import type pg from 'pg'
import { RowInserter } from '@/backup/insertRows'

export type Cell = string | number | boolean | Date | null
export type Row = Record<string, Cell>
/** A table and the rows to write into it. */
export type TableRows = [table: string, rows: Row[]]

function asText(value: Cell): string | null {
  if (value === null || typeof value === 'string') return value
  return value instanceof Date ? value.toISOString() : String(value)
}

export async function insertTable(client: pg.Client, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return
  const columns = Object.keys(rows[0])
  const inserter = new RowInserter(client, table, columns)
  for (const row of rows) await inserter.add(columns.map((column) => asText(row[column])))
  await inserter.flush()
}
