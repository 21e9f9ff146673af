// One job runner across app instances: of several processes asking, exactly one runs the
// queue; when it dies (its database session ends), another takes over on its next tick, and
// the one that was cut off does not run alongside it. On a database of its own, as the test
// run's own Payload takes part in the election of the shared one.
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { JOB_RUNNER_LOCK, jobRunnerElection, type JobRunnerElection } from '@/db/jobRunnerLock'

const elections: JobRunnerElection[] = []
const databaseName = `groundwork_election_${process.pid}`
const databaseUrl = Object.assign(new URL(process.env.DATABASE_URL!), { pathname: `/${databaseName}` }).toString()

async function asAdmin(statement: string, connectionString = process.env.DATABASE_URL): Promise<pg.QueryResult> {
  const admin = new pg.Client({ connectionString })
  await admin.connect()
  try {
    return await admin.query(statement, statement.includes('$1') ? [JOB_RUNNER_LOCK] : [])
  } finally {
    await admin.end()
  }
}

beforeAll(async () => {
  await asAdmin(`create database ${databaseName}`)
})

afterAll(async () => {
  await asAdmin(`drop database if exists ${databaseName} with (force)`)
})

function instance(): JobRunnerElection {
  const election = jobRunnerElection(databaseUrl)
  elections.push(election)
  return election
}

/** What happens to a runner whose process dies: Postgres ends its session, freeing its locks. */
async function killSessionHoldingTheLock(): Promise<void> {
  const { rowCount } = await asAdmin(
    `select pg_terminate_backend(pid) from pg_locks
     where locktype = 'advisory' and objid = $1 and objsubid = 1 and granted
       and database = (select oid from pg_database where datname = current_database())`,
    databaseUrl,
  )
  expect(rowCount).toBe(1)
}

afterEach(async () => {
  await Promise.all(elections.splice(0).map((election) => election.resign()))
})

describe('the job runner election', () => {
  it('lets exactly one of several instances run the queue, tick after tick', async () => {
    const instances = [instance(), instance(), instance()]
    for (let tick = 0; tick < 3; tick += 1) {
      const answers = await Promise.all(instances.map((candidate) => candidate.isRunner()))
      expect(answers.filter(Boolean)).toHaveLength(1)
    }
  })

  it('hands the queue to another instance when the runner dies, and never to both', async () => {
    const first = instance()
    const second = instance()
    expect(await first.isRunner()).toBe(true)
    expect(await second.isRunner()).toBe(false)

    await killSessionHoldingTheLock()
    await expect.poll(() => second.isRunner(), { timeout: 5_000 }).toBe(true)
    expect(await first.isRunner()).toBe(false)
  })

  it('hands over at once when the runner resigns (a clean shutdown)', async () => {
    const first = instance()
    const second = instance()
    expect(await first.isRunner()).toBe(true)
    await first.resign()
    expect(await second.isRunner()).toBe(true)
  })
})
