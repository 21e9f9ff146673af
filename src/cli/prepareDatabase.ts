import type { Environment } from '../db/environment'
import { demoCredentialsTable } from '../seed/demoUsers'
import { isEmptyDatabase, seedDemoContent } from '../seed/seedDemoContent'
import { applyMigrations } from './applyMigrations'
import { closePayload, openPayload } from './openPayload'

/** Brings the schema up to date; in development, fills an empty database with demo content. */
export async function prepareDatabase(environment: Environment, { seedWhenEmpty }: { seedWhenEmpty: boolean }) {
  const payload = await openPayload(environment)
  try {
    await applyMigrations(payload)
    if (seedWhenEmpty && (await isEmptyDatabase(payload))) {
      payload.logger.info('Empty database: adding the demo content (npm run seed).')
      await seedDemoContent(payload)
    }
  } finally {
    await closePayload(payload)
  }
  if (seedWhenEmpty && environment.embedded) console.log(`\nDemo logins:\n${demoCredentialsTable()}\n`)
}
