// `npm run dev`: database (embedded unless DATABASE_URL), migrations, demo content, Next in dev mode.
import { prepareEnvironment } from '../db/environment'
import { assertPortFree, runNext, sitePort } from './nextServer'
import { prepareDatabase } from './prepareDatabase'
import { runScript } from './runScript'

runScript(async () => {
  const port = sitePort()
  await assertPortFree(port)
  const environment = await prepareEnvironment()
  try {
    await prepareDatabase(environment, { seedWhenEmpty: true })
    console.log(`Site:  http://localhost:${port}\nAdmin: http://localhost:${port}/admin\n`)
    process.exitCode = await runNext(['dev', '--port', String(port)])
  } finally {
    await environment.stop()
  }
})
