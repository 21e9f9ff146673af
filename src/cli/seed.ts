// `npm run seed`: writes the demo content (safe to run again).
import { prepareEnvironment } from '../db/environment'
import { demoCredentialsTable } from '../seed/demoUsers'
import { runDatabaseTask } from './runDatabaseTask'
import { runScript } from './runScript'

runScript(async () => {
  const environment = await prepareEnvironment()
  try {
    await runDatabaseTask('seed')
    console.log(`\nDemo logins for /admin:\n${demoCredentialsTable()}\n`)
  } finally {
    await environment.stop()
  }
})
