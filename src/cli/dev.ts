// `npm run dev`: database (embedded unless DATABASE_URL), migrations, demo content, Next in dev mode.
import { prepareEnvironment } from '../db/environment'
import { demoCredentialsTable } from '../seed/demoUsers'
import { assertPortFree, runNext, sitePort } from './nextServer'
import { runDatabaseTask } from './runDatabaseTask'
import { runScript } from './runScript'

runScript(async () => {
  const port = sitePort()
  await assertPortFree(port)
  const environment = await prepareEnvironment()
  try {
    await runDatabaseTask('prepare-dev')
    console.log(`\nDemo logins:\n${demoCredentialsTable()}\n`)
    console.log(`Site:  http://localhost:${port}\nAdmin: http://localhost:${port}/admin\n`)
    process.exitCode = await runNext(['dev', '--port', String(port)])
  } finally {
    await environment.stop()
  }
})
