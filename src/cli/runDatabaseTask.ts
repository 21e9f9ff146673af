import { StartupError } from '../db/environment'
import { runChild } from './runChild'

export type DatabaseTask = 'migrate' | 'seed' | 'prepare-dev'

/** Runs src/cli/tasks/database.ts in a child process against the prepared environment. */
export async function runDatabaseTask(task: DatabaseTask): Promise<void> {
  const code = await runChild('tsx', ['src/cli/tasks/database.ts', task], { ...process.env, DISABLE_PAYLOAD_HMR: 'true' })
  if (code !== 0) throw new StartupError(`The database task "${task}" failed (exit code ${code}); see the messages above.`)
}
