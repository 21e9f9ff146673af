// `npm run migrate`: applies committed migrations to the configured database.
import { prepareEnvironment } from '../db/environment'
import { runDatabaseTask } from './runDatabaseTask'
import { runScript } from './runScript'

runScript(async () => {
  const environment = await prepareEnvironment()
  try {
    await runDatabaseTask('migrate')
  } finally {
    await environment.stop()
  }
})
