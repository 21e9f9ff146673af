// What the backup needs to know about the app's schema (the connection's current schema),
// read from Postgres's catalog so a new migration needs no change here.
import type pg from 'pg'

/** Payload's record of applied migrations: the one table a freshly migrated database fills. */
export const MIGRATIONS_TABLE = 'payload_migrations'

export type TableColumns = { name: string; columns: string[] }

export type SerialColumn = { table: string; column: string; sequence: string; lastValue: string | null }

export type ForeignKey = { table: string; name: string; definition: string }

/** Every table with the columns a row is written to (generated columns are left out), by name. */
export async function listTables(client: pg.Client): Promise<TableColumns[]> {
  const { rows } = await client.query<TableColumns>(`
    select c.relname as name, array_agg(a.attname::text order by a.attnum) as columns
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    where n.nspname = current_schema() and c.relkind = 'r'
    group by c.relname
    order by c.relname`)
  return rows
}

/** The columns whose values come from a sequence (serial and identity columns), with its state. */
export async function listSerialColumns(client: pg.Client): Promise<SerialColumn[]> {
  const { rows } = await client.query<SerialColumn>(`
    select t.relname as table, a.attname as column, s.oid::regclass::text as sequence,
      pg_sequence_last_value(s.oid)::text as "lastValue"
    from pg_depend d
    join pg_class s on s.oid = d.objid and s.relkind = 'S'
    join pg_class t on t.oid = d.refobjid
    join pg_namespace n on n.oid = t.relnamespace
    join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    where d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass
      and d.deptype in ('a', 'i') and n.nspname = current_schema()`)
  return rows
}

/** The foreign keys, each with the SQL that makes it again. */
export async function listForeignKeys(client: pg.Client): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(`
    select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as definition
    from pg_constraint c
    join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = current_schema()`)
  return rows
}

/** The migrations recorded in the database, oldest first; none when it has no schema yet. */
export async function listAppliedMigrations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ exists: boolean }>('select to_regclass($1) is not null as exists', [
    MIGRATIONS_TABLE,
  ])
  if (!rows[0].exists) return []
  const applied = await client.query<{ name: string }>(`select name from ${MIGRATIONS_TABLE} order by id`)
  return applied.rows.map((row) => row.name)
}
