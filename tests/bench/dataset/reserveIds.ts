// Ids for rows written in bulk, taken from the table's own sequence: the app's later
// inserts carry on after them, and rows already in the table keep theirs.
import type pg from 'pg'

export async function reserveIds(client: pg.Client, table: string, count: number): Promise<number[]> {
  const { rows } = await client.query<{ id: number }>(
    `select nextval(pg_get_serial_sequence($1, 'id'))::int as id from generate_series(1, $2)`,
    [table, count],
  )
  return rows.map((row) => row.id)
}
