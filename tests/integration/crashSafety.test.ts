// A server killed (SIGKILL) in the middle of a publish leaves the concept either published
// with its audit entry, or not published and without one: the publish and its audit entry
// are one transaction, which Postgres rolls back when the connection dies. The kill lands
// once the publish has started writing.
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Concept } from '@/payload-types'
import { createCategory } from '../helpers/fixtures'
import { createUser, testPayload } from '../helpers/payload'
import { addLinkedContent, readyConceptData } from '../helpers/review'
import { saidLine, scriptInChild } from '../helpers/scriptInChild'

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
  return scriptInChild('tests/helpers/publishInChild.ts', {
    CONCEPT_ID: String(conceptId),
    ADMIN_ID: String(adminId),
    PGAPPNAME: APP_NAME,
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
