// A digest of every content table, to prove a refused request changed nothing. Sessions,
// locks, preferences and the job queue are left out: they change as people sign in and work.
// The job runner checks its queue every second in tests, so a publish another test scheduled
// may fall due at any moment: the digest is taken once no job is due within a few seconds.
import pg from 'pg'

const JOBS_DUE_SOON = `select count(*)::int as due from payload_jobs
  where completed_at is null and has_error is not true
  and (processing or wait_until is null or wait_until < now() + interval '5 seconds')`

async function untilNoJobIsDue(client: pg.Client): Promise<void> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const { rows } = await client.query<{ due: number }>(JOBS_DUE_SOON)
    if (rows[0].due === 0) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('A scheduled job stayed due for 15 seconds: the job runner is stuck.')
}

const VOLATILE = /^(users_sessions|payload_locked_documents.*|payload_preferences.*|payload_jobs.*|payload_kv)$/

export async function databaseFingerprint(): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    await untilNoJobIsDue(client)
    const tables = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' order by table_name`,
    )
    const parts: string[] = []
    for (const { name } of tables.rows) {
      if (VOLATILE.test(name)) continue
      const digest = await client.query<{ rows: string; digest: string | null }>(
        `select count(*) as rows, md5(string_agg(t::text, '|' order by t::text)) as digest from "${name}" t`,
      )
      parts.push(`${name}:${digest.rows[0].rows}:${digest.rows[0].digest}`)
    }
    return parts.join('\n')
  } finally {
    await client.end()
  }
}
