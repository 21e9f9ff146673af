import type { Migration, Payload } from 'payload'
import { StartupError } from '@/db/environment'
import { migrations } from '@/migrations'

/** Applies every committed migration, then checks the database recorded each one. */
export async function applyMigrations(payload: Payload): Promise<void> {
  // The generated index types each migration's arguments; Payload's list type leaves them open.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  const applied = await payload.find({
    collection: 'payload-migrations',
    pagination: false,
    select: { name: true },
  })
  const names = new Set(applied.docs.map((doc) => doc.name))
  const missing = migrations.filter((migration) => !names.has(migration.name))
  if (missing.length > 0) {
    throw new StartupError(`These migrations did not apply: ${missing.map((m) => m.name).join(', ')}`)
  }
}
