// `npm run migrate`: applies committed migrations to the configured database.
import { prepareEnvironment } from '../db/environment'
import { applyMigrations } from './applyMigrations'
import { closePayload, openPayload } from './openPayload'
import { runScript } from './runScript'

runScript(async () => {
  const environment = await prepareEnvironment()
  try {
    const payload = await openPayload(environment)
    await applyMigrations(payload)
    payload.logger.info('Database schema is up to date.')
    await closePayload(payload)
  } finally {
    await environment.stop()
  }
})
