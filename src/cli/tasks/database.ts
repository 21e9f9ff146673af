// Brings the database up to date: `migrate`, `seed` (migrate, then write the demo
// content), `prepare-dev` (migrate, then seed an empty database) or `start` (migrate, then
// refuse to serve while a demo account keeps its published password). Launchers run it
// as a child once the database is up. The config is imported statically on purpose:
// a dynamic import() of it through tsx sometimes never settles, and the process then
// exits 0 having done nothing. Even so that still happens now and then, so a finished
// task leaves a receipt for its launcher (runDatabaseTask.ts), which runs it again if none.
import fs from 'node:fs'
import config from '@payload-config'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { getPayload, type Payload } from 'payload'
import { isEmptyDatabase, seedDemoContent } from '@/seed/seedDemoContent'
import { applyMigrations } from '@/cli/applyMigrations'
import { StartupError } from '@/db/environment'
import {
  ALLOW_DEMO_ACCOUNTS_ENV,
  demoAccountsRefusal,
  demoAccountsWithPublishedPasswords,
} from '@/security/demoAccounts'
import { TASK_RECEIPT_ENV } from '@/cli/taskReceipt'
import { runScript } from '@/cli/runScript'

const TASKS = ['migrate', 'seed', 'prepare-dev', 'start'] as const
type Task = (typeof TASKS)[number]

async function run(payload: Payload, task: Task): Promise<void> {
  await applyMigrations(payload)
  console.log('Database schema is up to date.')
  if (task === 'start' && process.env[ALLOW_DEMO_ACCOUNTS_ENV] !== 'true') {
    const open = await demoAccountsWithPublishedPasswords(payload)
    if (open.length > 0) throw new StartupError(demoAccountsRefusal(open))
  }
  if (task === 'seed' || (task === 'prepare-dev' && (await isEmptyDatabase(payload)))) {
    console.log('Writing the demo content…')
    await seedDemoContent(payload)
  }
}

runScript(async () => {
  const task = process.argv[2] as Task
  if (!TASKS.includes(task)) throw new Error(`Unknown database task "${task}"; expected one of ${TASKS.join(', ')}.`)
  const payload = await getPayload({ config })
  await run(payload, task)
  // The adapter keeps one pooled client checked out for good; end the pool without
  // waiting on it, and expect that client's error when the server goes away.
  const { pool } = payload.db as unknown as PostgresAdapter
  pool?.on('error', () => undefined)
  void pool?.end()
  const receipt = process.env[TASK_RECEIPT_ENV]
  if (receipt) fs.writeFileSync(receipt, task)
})
