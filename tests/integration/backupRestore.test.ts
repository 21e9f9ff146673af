// `npm run backup` and `npm run restore`: the demo content, plus content with drafts,
// versions, a review round, its audit entries and an uploaded image, is backed up and restored into a second, empty
// database, which then holds the same rows and files; a damaged backup or a database with
// content is refused and nothing changes.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { mediaDirectory } from '@/backup/mediaFiles'
import { restoreBackup } from '@/backup/restoreBackup'
import { writeBackup } from '@/backup/writeBackup'
import { rest } from '../helpers/api'
import { createCategory } from '../helpers/fixtures'
import { createFreshDatabase, migrateDatabase, type FreshDatabase } from '../helpers/freshDatabase'
import { testPayload } from '../helpers/payload'
import { seedDemoContent } from '@/seed/seedDemoContent'
import { auditTrail, draftReadyConcept, reviewAction, signedIn } from '../helpers/review'

const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

let payload: Payload
let target: FreshDatabase
let scratch: string
let backupFile: string
let restoredMedia: string

/** Opens a connection for the length of `work`, with times printed the same way on every server. */
async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query("set timezone = 'UTC'")
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Every table's rows, each as the text Postgres prints for it, sorted. */
function contentOf(url: string): Promise<Record<string, string[]>> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ name: string }>(
      'select tablename as name from pg_tables where schemaname = current_schema() order by tablename',
    )
    const content: Record<string, string[]> = {}
    for (const { name } of tables.rows) {
      const { rows } = await client.query<string[]>({
        text: `select * from ${client.escapeIdentifier(name)}`,
        rowMode: 'array',
        types: { getTypeParser: () => (value: string) => value },
      })
      content[name] = rows.map((row) => JSON.stringify(row)).sort()
    }
    return content
  })
}

/** Every constraint (keys, foreign keys, checks) with its definition, sorted. */
function constraintsOf(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ constraint: string }>(
      `select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(c.oid) as constraint
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace
       where n.nspname = current_schema() order by 1`,
    )
    return rows.map((row) => row.constraint)
  })
}

/** The last value of each table's id sequence, by table. */
function sequencesOf(url: string): Promise<{ name: string; last: string | null }[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string; last: string | null }>(
      `select table_name as name,
         pg_sequence_last_value(pg_get_serial_sequence(quote_ident(table_name), 'id')::regclass) as last
       from information_schema.columns
       where table_schema = current_schema() and column_name = 'id' and column_default like 'nextval(%'
       order by table_name`,
    )
    return rows
  })
}

/** Every file under a folder with its bytes, by path. */
function filesIn(directory: string): Map<string, Buffer> {
  const entries = fs.readdirSync(directory, { recursive: true, encoding: 'utf8' })
  return new Map(
    entries
      .filter((entry) => fs.statSync(path.join(directory, entry)).isFile())
      .map((entry) => [entry, fs.readFileSync(path.join(directory, entry))]),
  )
}

function restoreInto(database: FreshDatabase, file: string, migrate = () => migrateDatabase(database)) {
  return restoreBackup({ file, databaseUrl: database.url, mediaDir: restoredMedia, migrate })
}

/** A copy of the backup whose header names other migrations. */
function withOtherMigrations(file: string): string {
  const lines = gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n')
  const header = JSON.parse(lines[0])
  lines[0] = JSON.stringify({ ...header, migrations: [...header.migrations, '20990101_000000_from_the_future'] })
  const copy = path.join(scratch, 'newer.backup')
  fs.writeFileSync(copy, gzipSync(lines.join('\n')))
  return copy
}

beforeAll(async () => {
  payload = await testPayload()
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-backup-'))
  backupFile = path.join(scratch, 'groundwork.backup')
  restoredMedia = path.join(scratch, 'media')
  await seedDemoContent(payload)
  const category = await createCategory(payload)
  const editor = await signedIn(payload, ['editor'])
  const reviewer = await signedIn(payload, ['reviewer'])
  const concept = await draftReadyConcept(payload, category, editor)
  await reviewAction('concepts', concept.id, editor.token, 'submit')
  await reviewAction('concepts', concept.id, reviewer.token, 'request_changes', 'Say where the idea came from.')
  await rest('PATCH', `concepts/${concept.id}?draft=true`, {
    body: { summary: 'With its origin.' },
    token: editor.token,
  })
  await reviewAction('concepts', concept.id, editor.token, 'submit')
  await reviewAction('concepts', concept.id, reviewer.token, 'approve')
  await rest('PATCH', `concepts/${concept.id}`, { body: { _status: 'published' }, token: reviewer.token })
  await rest('PATCH', `concepts/${concept.id}?draft=true`, { body: { summary: 'A new draft.' }, token: editor.token })
  expect(await auditTrail(payload, 'concepts', concept.id)).toHaveLength(5)
  await payload.create({
    collection: 'media',
    data: { alt: 'A single pixel' },
    file: { data: PIXEL, mimetype: 'image/png', name: 'backed-up-pixel.png', size: PIXEL.length },
  })
  // Earlier files left jobs queued (a newsletter's retry, a scheduled publish): one running after
  // the backup would change the source the restore is compared with.
  await payload.delete({ collection: 'payload-jobs', where: { completedAt: { exists: false } } })
  await writeBackup({ databaseUrl: process.env.DATABASE_URL!, mediaDir: mediaDirectory(), file: backupFile })
  target = await createFreshDatabase('restore')
})

afterAll(async () => {
  await target?.drop()
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true })
})

describe('a backup', () => {
  it('is refused when cut short, before anything is changed', async () => {
    const truncated = path.join(scratch, 'truncated.backup')
    const bytes = fs.readFileSync(backupFile)
    fs.writeFileSync(truncated, bytes.subarray(0, bytes.length / 2))
    const migrate = vi.fn()
    await expect(restoreInto(target, truncated, migrate)).rejects.toThrow(/is not a complete Groundwork backup/)
    expect(migrate).not.toHaveBeenCalled()
    expect(await contentOf(target.url)).toEqual({})
  })

  it('is refused when it was made with other migrations', async () => {
    const migrate = vi.fn()
    await expect(restoreInto(target, withOtherMigrations(backupFile), migrate)).rejects.toThrow(
      /only in the backup: 20990101_000000_from_the_future/,
    )
    expect(migrate).not.toHaveBeenCalled()
  })

  it('restores into an empty database the same rows, constraints and media files', async () => {
    const restored = await restoreInto(target, backupFile)
    const source = await contentOf(process.env.DATABASE_URL!)
    expect(restored.rows).toBe(Object.values(source).reduce((sum, rows) => sum + rows.length, 0))
    for (const table of ['concepts', '_concepts_v', 'audit_log', 'media', 'users', 'payload_migrations']) {
      expect(source[table].length, table).toBeGreaterThan(0)
    }
    expect(await contentOf(target.url)).toEqual(source)
    expect(await constraintsOf(target.url)).toEqual(await constraintsOf(process.env.DATABASE_URL!))
    expect(filesIn(restoredMedia)).toEqual(filesIn(mediaDirectory()))
    expect(filesIn(restoredMedia).has('backed-up-pixel.png')).toBe(true)
  })

  it('leaves every sequence where it stood, so a new row gets a fresh id', async () => {
    const sequences = await sequencesOf(target.url)
    expect(sequences.length).toBeGreaterThan(0)
    expect(sequences).toEqual(await sequencesOf(process.env.DATABASE_URL!))
    await withClient(target.url, async (client) => {
      for (const { name } of sequences) {
        const table = client.escapeIdentifier(name)
        const { rows } = await client.query<{ next: string; largest: string | null }>(
          `select nextval(pg_get_serial_sequence($1, 'id')) as next, (select max(id) from ${table}) as largest`,
          [table],
        )
        expect(Number(rows[0].next), name).toBeGreaterThan(Number(rows[0].largest ?? 0))
      }
    })
  })

  it('is refused by a database that has content, which it leaves as it was', async () => {
    const before = await contentOf(target.url)
    const migrate = vi.fn()
    await expect(restoreInto(target, backupFile, migrate)).rejects.toThrow(/is not empty/)
    expect(migrate).not.toHaveBeenCalled()
    expect(await contentOf(target.url)).toEqual(before)
  })
})
