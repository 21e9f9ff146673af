// `npm run build`: production build; pages prerender against an up-to-date database.
import { prepareEnvironment } from '../db/environment'
import { runNext } from './nextServer'
import { runDatabaseTask } from './runDatabaseTask'
import { runScript } from './runScript'

runScript(async () => {
  const environment = await prepareEnvironment()
  try {
    await runDatabaseTask('migrate')
    process.exitCode = await runNext(['build'], { ...process.env, NODE_ENV: 'production' })
  } finally {
    await environment.stop()
  }
})
