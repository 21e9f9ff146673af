// A restore changes nothing unless the backup fits this code and the target holds no content.
import type pg from 'pg'
import { StartupError } from '@/db/environment'
import { migrations } from '@/migrations'
import { describeDatabase } from './databaseSession'
import { listAppliedMigrations, listTables, MIGRATIONS_TABLE } from './schemaCatalog'

const knownMigrations = migrations.map((migration) => migration.name)

const listed = (names: string[]) => (names.length > 0 ? names.join(', ') : 'none')

/** The backup's schema must be the one this code's migrations make, no older and no newer. */
export function refuseOtherMigrations(file: string, backedUp: string[]): void {
  if (backedUp.join('\n') === knownMigrations.join('\n')) return
  const onlyInBackup = backedUp.filter((name) => !knownMigrations.includes(name))
  const onlyInCode = knownMigrations.filter((name) => !backedUp.includes(name))
  throw new StartupError(
    `${file} was made with other migrations than this code has (only in the backup: ${listed(onlyInBackup)}; ` +
      `only in this code: ${listed(onlyInCode)}). Restore it with the version of Groundwork that made it.`,
  )
}

/**
 * Empty means no row in any table (no tables at all, or freshly migrated), apart from the
 * record of migrations, and none applied that this code does not know.
 */
export async function refuseUnlessEmpty(client: pg.Client, databaseUrl: string): Promise<void> {
  const where = describeDatabase(databaseUrl)
  const filled: string[] = []
  for (const { name } of await listTables(client)) {
    if (name === MIGRATIONS_TABLE) continue
    const { rows } = await client.query<{ filled: boolean }>(
      `select exists (select from ${client.escapeIdentifier(name)}) as filled`,
    )
    if (rows[0].filled) filled.push(name)
  }
  if (filled.length > 0) {
    throw new StartupError(
      `The database ${where} is not empty (rows in ${filled.slice(0, 3).join(', ')}${filled.length > 3 ? '…' : ''}), ` +
        'so nothing was restored. Restore into an empty database: a new one named by DATABASE_URL, ' +
        'or for the embedded one, move .data/postgres aside first.',
    )
  }
  const unknown = (await listAppliedMigrations(client)).filter((name) => !knownMigrations.includes(name))
  if (unknown.length > 0) {
    throw new StartupError(
      `The database ${where} has migrations this code does not know (${listed(unknown)}), so nothing was restored.`,
    )
  }
}
