import { prepareEnvironment } from '@/db/environment'
import { holdSignals } from './signals'

/**
 * Runs a launcher's work with the database ready, and stops the database only after the
 * work and the children it ran have ended, Ctrl-C or not: the embedded database runs in
 * its own session, so it keeps serving the app until then (see signals.ts).
 */
export async function withEnvironment(work: () => Promise<void>): Promise<void> {
  const release = holdSignals()
  try {
    const environment = await prepareEnvironment()
    try {
      await work()
    } finally {
      await environment.stop()
    }
  } finally {
    release()
  }
}
