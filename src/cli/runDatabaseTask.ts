import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { StartupError } from '@/db/environment'
import { withLexicalBuild } from './lexicalBuild'
import { runChild } from './runChild'
import { TASK_RECEIPT_ENV } from './taskReceipt'

export type DatabaseTask = 'migrate' | 'seed' | 'prepare-dev' | 'start'

const ATTEMPTS = 3
const UNSETTLED_MODULE_GRAPH = 13

/**
 * Runs src/cli/tasks/database.ts in a child process against the prepared environment.
 * A zero exit code is not enough: now and then the tsx child ends with 0 before its
 * work has even started, so success also needs the receipt the task writes when it is
 * done. Without one, the task runs again (it is idempotent).
 */
export async function runDatabaseTask(task: DatabaseTask): Promise<void> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const receipt = path.join(os.tmpdir(), `groundwork-task-${crypto.randomBytes(6).toString('hex')}`)
    const code = await runChild(
      'tsx',
      ['src/cli/tasks/database.ts', task],
      withLexicalBuild({ ...process.env, DISABLE_PAYLOAD_HMR: 'true', [TASK_RECEIPT_ENV]: receipt }),
    )
    const finished = fs.existsSync(receipt)
    fs.rmSync(receipt, { force: true })
    // Node's exit code for a module graph that never finished loading (an unsettled top-level
    // await), which Lexical's entry points caused until the child was given lexicalBuild's
    // condition. Should it happen again, the task runs again.
    if (code === UNSETTLED_MODULE_GRAPH && !finished) {
      console.warn(
        `The database task "${task}" stalled while loading; running it again (${attempt + 1} of ${ATTEMPTS}).`,
      )
      continue
    }
    if (code !== 0)
      throw new StartupError(`The database task "${task}" failed (exit code ${code}); see the messages above.`)
    if (finished) return
    console.warn(
      `The database task "${task}" stopped before finishing; running it again (${attempt + 1} of ${ATTEMPTS}).`,
    )
  }
  throw new StartupError(
    `The database task "${task}" stopped before finishing ${ATTEMPTS} times; see the messages above.`,
  )
}
