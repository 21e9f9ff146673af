// The committed migrations must describe the schema the config asks for: a field
// added without `npm run migrate:create` fails here.
import fs from 'node:fs'
import path from 'node:path'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { describe, expect, it } from 'vitest'
import { migrations } from '@/migrations'
import { testPayload } from '../helpers/payload'

describe('migrations', () => {
  it('leave no difference between the config and the latest migration snapshot', async () => {
    const payload = await testPayload()
    const adapter = payload.db as unknown as PostgresAdapter
    const { generateDrizzleJson, generateMigration } = adapter.requireDrizzleKit()
    const snapshots = fs
      .readdirSync(adapter.migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
    const latest = JSON.parse(fs.readFileSync(path.join(adapter.migrationDir, snapshots.at(-1)!), 'utf8'))
    const current = await generateDrizzleJson(adapter.schema)
    const pending = await generateMigration(latest, current)
    expect(pending, 'Schema changed without a migration: run `npm run migrate:create -- <name>`').toEqual([])
  })

  it('are all recorded as applied in a freshly migrated database', async () => {
    const payload = await testPayload()
    const applied = await payload.find({ collection: 'payload-migrations', pagination: false })
    expect(applied.docs.map((doc) => doc.name).sort()).toEqual(migrations.map((migration) => migration.name).sort())
  })
})
