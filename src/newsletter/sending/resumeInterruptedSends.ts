// Picks up sends that a crash cut off. Payload 3.90.2's runner leaves a job `processing` for
// good when its process dies mid-job, and never runs it again; a send job whose issue no live
// run holds (no one has its shared issue lock) is such a job, so it is made runnable again and
// carries on where the deliveries stopped. One UPDATE flips each job once, however many
// servers start at the same moment; a job flipped just as another server starts running it
// runs twice, which the row claims make harmless.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { isNextBuild } from 'payload/shared'
import { ISSUE_LOCKS, lockHeld } from './advisoryLocks'
import { recoverDeadWorkers } from './recoverDeadWorkers'
import { SEND_TASK } from './sendTask'

export type Resumed = { jobs: number[]; waitingAgain: number; unknown: number }

export async function resumeInterruptedSends(payload: Payload): Promise<Resumed> {
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const recovered = await recoverDeadWorkers(db)
  const { rows } = await db.execute<{ id: number }>(sql`
    update payload_jobs j set processing = false, updated_at = now()
    where j.task_slug = ${SEND_TASK}
      and j.processing
      and j.completed_at is null
      and not coalesce(j.has_error, false)
      and not ${lockHeld(ISSUE_LOCKS, sql`j.input ->> 'issue'`)}
    returning j.id
  `)
  return { jobs: rows.map((row) => row.id), ...recovered }
}

/**
 * Only where jobs run: the Next server, whose job runner (jobs.autoRun) sends. Not the CLI's
 * database tasks, whose onInit comes before their migrations, nor test workers, nor a build.
 */
function runsJobs(): boolean {
  return process.env.NEXT_RUNTIME === 'nodejs' && !isNextBuild()
}

/** At server start; a failure is logged, as the site can serve readers without it. */
export async function resumeSendsAtStart(payload: Payload): Promise<void> {
  if (!runsJobs()) return
  try {
    const { jobs, waitingAgain, unknown } = await resumeInterruptedSends(payload)
    if (jobs.length + waitingAgain + unknown === 0) return
    payload.logger.warn(
      `Resuming ${jobs.length} interrupted newsletter send(s): ${waitingAgain} deliveries wait again, ` +
        `${unknown} whose outcome a crash made unknown will not be resent.`,
    )
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Could not resume interrupted newsletter sends.' })
  }
}
