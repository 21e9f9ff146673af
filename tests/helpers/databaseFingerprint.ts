// A digest of every content table, to prove a refused request changed nothing. Sessions,
// locks, preferences and the job queue are left out: they change as people sign in and work.
// The job runner checks its queue every second in tests, and a publish another test file
// scheduled could run between two digests: queued jobs (leftovers of earlier files, which
// run one at a time) are cleared first, and a job already running is waited for.
import pg from 'pg'

/**
 * The search index is derived from the content tables: a row's identity and when it was
 * last written say whether a request touched it, without digesting its long text again.
 */
const DIGESTED_AS: Record<string, string> = {
  search_documents: `select doc_type, doc_id, indexed_at from search_documents`,
  search_words: `select word from search_words`,
  search_word_variants: `select count(*) from search_word_variants`,
  search_passages: `select document_id, position, length(text) from search_passages`,
  search_lexemes: `select lexeme, documents from search_lexemes`,
}

const VOLATILE =
  /^(users_sessions|payload_locked_documents.*|payload_preferences.*|payload_jobs.*|payload_kv|rate_limits)$/

async function settleJobQueue(client: pg.Client): Promise<void> {
  await client.query('delete from payload_jobs where completed_at is null and processing is not true')
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const { rows } = await client.query<{ running: number }>(
      'select count(*)::int as running from payload_jobs where completed_at is null and processing',
    )
    if (rows[0].running === 0) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('A job kept running for 15 seconds: the job runner is stuck.')
}

export async function databaseFingerprint(): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    await settleJobQueue(client)
    const tables = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' order by table_name`,
    )
    const parts: string[] = []
    for (const { name } of tables.rows) {
      if (VOLATILE.test(name)) continue
      const digest = await client.query<{ rows: string; digest: string | null }>(
        `select count(*) as rows, md5(string_agg(t::text, '|' order by t::text)) as digest from (${DIGESTED_AS[name] ?? `select * from "${name}"`}) t`,
      )
      parts.push(`${name}:${digest.rows[0].rows}:${digest.rows[0].digest}`)
    }
    return parts.join('\n')
  } finally {
    await client.end()
  }
}
