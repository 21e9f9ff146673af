// `npm run dev`: database (embedded unless DATABASE_URL), migrations, demo content, Next in dev mode.
import { demoCredentialsTable } from '@/seed/demoUsers'
import { assertPortFree, runNext, sitePort } from './nextServer'
import { runDatabaseTask } from './runDatabaseTask'
import { runScript } from './runScript'
import { withEnvironment } from './withEnvironment'

runScript(async () => {
  const port = sitePort()
  await assertPortFree(port)
  await withEnvironment(async () => {
    await runDatabaseTask('prepare-dev')
    console.log(`\nDemo logins:\n${demoCredentialsTable()}\n`)
    console.log(`Site:  http://localhost:${port}\nAdmin: http://localhost:${port}/admin\n`)
    process.exitCode = await runNext(['dev', '--port', String(port)])
  })
})
