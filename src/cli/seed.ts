// `npm run seed`: writes the demo content (safe to run again).
import { demoCredentialsTable } from '@/seed/demoUsers'
import { runDatabaseTask } from './runDatabaseTask'
import { runScript } from './runScript'
import { withEnvironment } from './withEnvironment'

runScript(() =>
  withEnvironment(async () => {
    await runDatabaseTask('seed')
    console.log(`\nDemo logins for /admin:\n${demoCredentialsTable()}\n`)
  }),
)
