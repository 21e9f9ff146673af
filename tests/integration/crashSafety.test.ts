// A server killed (SIGKILL) in the middle of a publish leaves the concept either published
// with its audit entry, or not published and without one: the publish and its audit entry
// are one transaction, which Postgres rolls back when the connection dies. The kill lands
// once the publish has started writing.
import { spawn } from 'node:child_process'
import path from 'node:path'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withLexicalBuild } from '@/cli/lexicalBuild'
import { projectRoot } from '@/db/projectPaths'
import type { Concept } from '@/payload-types'
import { createCategory } from '../helpers/fixtures'
import { createUser, testPayload } from '../helpers/payload'
import { addLinkedContent, readyConceptData } from '../helpers/review'

const APP_NAME = 'groundwork-crash-test'
let payload: Payload
let monitor: pg.Client
let adminId: number

beforeAll(async () => {
  payload = await testPayload()
  adminId = (await createUser(payload, ['admin'])).id
  monitor = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await monitor.connect()
})

afterAll(() => monitor.end())

async function draftConcept(): Promise<Concept> {
  const concept = await payload.create({
    collection: 'concepts',
    data: { ...readyConceptData(await createCategory(payload)), _status: 'draft' },
    draft: true,
  })
  await addLinkedContent(payload, concept.id)
  return concept
}

function publishInChild(conceptId: number) {
  return spawn(path.join(projectRoot, 'node_modules/.bin/tsx'), ['tests/helpers/publishInChild.ts'], {
    cwd: projectRoot,
    env: withLexicalBuild({
      ...process.env,
      CONCEPT_ID: String(conceptId),
      ADMIN_ID: String(adminId),
      PGAPPNAME: APP_NAME,
    }),
    stdio: ['ignore', 'pipe', 'inherit'],
  })
}

/** Resolves when the child prints the line; fails, saying so, when it ends without printing it. */
function saidLine(child: ReturnType<typeof publishInChild>, line: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes(line) && resolve())
    child.once('close', (code, signal) =>
      reject(new Error(`The child process ended (${signal ?? `exit code ${code}`}) without printing "${line}".`)),
    )
  })
}

/** Whether the child has a transaction open that has written something. */
async function writing(): Promise<boolean> {
  const { rows } = await monitor.query<{ n: number }>(
    'select count(*)::int as n from pg_stat_activity where application_name = $1 and backend_xid is not null',
    [APP_NAME],
  )
  return rows[0].n > 0
}

const CONNECTIONS_CLOSE_WITHIN_MS = 20_000

async function childConnectionsGone(): Promise<void> {
  const deadline = Date.now() + CONNECTIONS_CLOSE_WITHIN_MS
  while (Date.now() < deadline) {
    const { rows } = await monitor.query<{ n: number }>(
      'select count(*)::int as n from pg_stat_activity where application_name = $1',
      [APP_NAME],
    )
    if (rows[0].n === 0) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(
    `The killed child's database connections were still open after ${CONNECTIONS_CLOSE_WITHIN_MS / 1000} s.`,
  )
}

async function outcome(concept: Concept) {
  const live = await payload.find({
    collection: 'concepts',
    where: { id: { equals: concept.id } },
    overrideAccess: false,
  })
  const audit = await payload.find({
    collection: 'audit-log',
    where: { and: [{ documentId: { equals: String(concept.id) } }, { action: { equals: 'publish' } }] },
  })
  return { live: live.docs.length === 1, publishEntries: audit.totalDocs }
}

describe('a publish cut off by SIGKILL', () => {
  it('leaves it published with its audit entry or neither, and a second run completes it', async () => {
    const concept = await draftConcept()
    const doomed = publishInChild(concept.id)
    await saidLine(doomed, 'publishing')
    while (doomed.exitCode === null && !(await writing()));
    doomed.kill('SIGKILL')
    await new Promise((resolve) => doomed.once('exit', resolve))
    await childConnectionsGone()
    const afterKill = await outcome(concept)
    expect(afterKill.publishEntries, 'one publish, one entry, or neither').toBe(afterKill.live ? 1 : 0)

    const retried = publishInChild(concept.id)
    const [code] = await Promise.all([
      new Promise((resolve) => retried.once('exit', resolve)),
      saidLine(retried, 'published'),
    ])
    expect(code).toBe(0)
    expect(await outcome(concept)).toEqual({ live: true, publishEntries: afterKill.publishEntries + 1 })
  }, 60_000)
})
